// Choose or drop one .txt, .md or .html file; the page reads it (read-article-file.ts) and shows any refusal here.
import { useState, type DragEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';

interface FileDropProps {
  error: string | null | undefined;
  onFile: (file: File) => void;
}

export const FILE_INPUT_ID = 'intake-file';

export function FileDrop({ error, onFile }: FileDropProps) {
  const { t } = useTranslation('intake');
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className="drop-zone"
      data-over={over || undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="file-button">
        {t('file.choose')}
        <input
          id={FILE_INPUT_ID}
          type="file"
          className="visually-hidden"
          accept=".txt,.md,.html,.htm,text/plain,text/markdown,text/html"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${FILE_INPUT_ID}-error` : 'intake-file-hint'}
          onChange={(event) => {
            take(event.target.files);
            // Choosing the same file again (after fixing it on disk) must fire change again.
            event.target.value = '';
          }}
        />
      </label>
      <span className="hint" id="intake-file-hint">
        <Trans t={t} i18nKey="file.dropHint" components={{ code: <code dir="ltr" /> }} />
      </span>
      {error && (
        <p className="field-error" id={`${FILE_INPUT_ID}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
