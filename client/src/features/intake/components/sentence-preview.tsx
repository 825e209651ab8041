// The sentences the server will store, numbered and in the text's own direction, refreshed as the input changes.
import { useTranslation } from 'react-i18next';
import type { Direction, Sentence } from '@domain/schemas.ts';

interface SentencePreviewProps {
  sentences: readonly Sentence[] | undefined;
  language: string | undefined;
  direction: Direction | undefined;
  busy: boolean;
}

export function SentencePreview({ sentences, language, direction, busy }: SentencePreviewProps) {
  const { t } = useTranslation('intake');
  return (
    <section aria-labelledby="intake-preview-heading" aria-busy={busy} className="intake-preview">
      <div className="section-head">
        <h2 id="intake-preview-heading">{t('preview.heading')}</h2>
        {busy ? (
          <span className="preview-progress" role="status">
            <progress aria-label={t('preview.updating')} /> {t('preview.reading')}
          </span>
        ) : (
          sentences && <span className="count">{t('preview.sentenceCount', { count: sentences.length })}</span>
        )}
      </div>
      {sentences ? (
        <ol className="sentence-preview" aria-label={t('preview.sentences')} dir={direction} lang={language}>
          {sentences.map((s) => (
            <li key={s.index}>{s.text.trim()}</li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">{t('preview.empty')}</p>
      )}
    </section>
  );
}
