// The Download button with the file's progress and name, and the server's message where the download failed; for a
// publication format, that its ClaimReview holds only published claims, and how many it left out.
import { useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LIMITS } from '@domain/limits.ts';
import { formatInfo } from '@domain/reports/formats.ts';
import { needsParts, partCount } from '@domain/reports/parts.ts';
import { PUBLICATION_FORMATS } from '@domain/requests.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useSettings } from '../../../lib/queries/get-settings.ts';
import { useDownloadReport, type DownloadProgress } from '../api/download-report.ts';
import type { ExportForm } from '../export-form.ts';

/** A file's size in kilobytes, or megabytes from 1 MB up. */
const kb = (t: TFunction<'reports'>, bytes: number) =>
  bytes < 1024 * 1024 ? t('size.kb', { size: Math.max(1, Math.round(bytes / 1024)) }) : t('size.mb', { size: bytes / 1024 / 1024 });

interface DownloadPanelProps {
  form: ExportForm;
  params: Record<string, string>;
  /** The scope holds claims: an empty scope gets a message, never an empty file. */
  ready: boolean;
  /** Claims in the report, once counted: a PDF or package of more than one file's worth is downloaded in parts. */
  claims: number | null;
}

export function DownloadPanel({ form, params, ready, claims }: DownloadPanelProps) {
  const { t } = useTranslation(['reports', 'common']);
  const errorText = useErrorText();
  const { language } = useFormat();
  const download = useDownloadReport();
  const parts = claims !== null && needsParts(form.format, claims) ? partCount(claims) : 1;
  const [chosenPart, setPart] = useState(1);
  const part = Math.min(chosenPart, parts);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    download.mutate(parts > 1 ? { ...params, part: String(part) } : params);
  };
  const cancelled = download.error instanceof DOMException && download.error.name === 'AbortError';
  return (
    <form className="export-section download-panel" onSubmit={submit} aria-label={t('download.label')}>
      {PUBLICATION_FORMATS.includes(form.format) && (
        <>
          <Signature />
          <p className="hint">{t('download.publishedOnly')}</p>
        </>
      )}
      {parts > 1 && <PartField format={form.format} parts={parts} part={part} onChange={setPart} />}
      <div className="download-actions">
        <button type="submit" className="primary" disabled={!ready || download.isPending}>
          {t('download.button', { format: formatInfo(form.format).label[language] })}
        </button>
        {download.isPending && (
          <button type="button" onClick={download.cancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
      {download.isPending && download.progress && <Progress progress={download.progress} />}
      {download.isSuccess && (
        <div className="hint download-done" role="status">
          <p>
            <Trans
              t={t}
              i18nKey="download.saved"
              values={{ fileName: download.data.fileName, size: kb(t, download.data.blob.size) }}
              components={{ strong: <strong dir="auto" /> }}
            />
          </p>
          {/* Said where the user acted: the claims its ClaimReview left out, and what to do about them. */}
          {download.data.unpublished !== null && download.data.unpublished > 0 && (
            <p className="download-unpublished">
              <Trans t={t} i18nKey="download.unpublished" count={download.data.unpublished} components={{ strong: <strong /> }} />
            </p>
          )}
        </div>
      )}
      {download.isError &&
        (cancelled ? (
          <p className="hint" role="status">
            {t('download.cancelled')}
          </p>
        ) : (
          <p className="field-error" role="alert">
            <Trans t={t} i18nKey="download.failed" values={{ message: errorText(download.error) }} components={{ strong: <strong /> }} />
          </p>
        ))}
    </form>
  );
}

interface PartFieldProps {
  format: ExportForm['format'];
  parts: number;
  part: number;
  onChange: (part: number) => void;
}

/** Which part of a report too large for one file to download, and why it comes in parts. */
function PartField({ format, parts, part, onChange }: PartFieldProps) {
  const { t } = useTranslation('reports');
  const { language } = useFormat();
  const id = useId();
  return (
    <div className="download-part">
      <p className="hint" id={`${id}-hint`}>
        {t('download.partsHint', { format: formatInfo(format).label[language], max: LIMITS.reportPartClaims, count: parts })}
      </p>
      <label htmlFor={id}>{t('download.partLabel')}</label>
      <select id={id} aria-describedby={`${id}-hint`} value={part} onChange={(event) => onChange(Number(event.target.value))}>
        {Array.from({ length: parts }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {t('download.partOption', { index: i + 1, count: parts })}
          </option>
        ))}
      </select>
    </div>
  );
}

function Progress({ progress }: { progress: DownloadProgress }) {
  const { t } = useTranslation('reports');
  const { fileName, received, total, waiting } = progress;
  const label = waiting ? (
    t(waiting.kind === 'user' ? 'download.waitingUser' : 'download.waitingServer', { seconds: waiting.seconds })
  ) : fileName ? (
    <Trans
      t={t}
      i18nKey={total ? 'download.receivedOf' : 'download.received'}
      values={{ fileName, received: kb(t, received), total: total ? kb(t, total) : null }}
      components={{ bdi: <bdi /> }}
    />
  ) : (
    t('download.building')
  );
  return (
    <div className="download-progress">
      {/* No value while the server builds the file: an indeterminate bar. */}
      <progress aria-label={t('download.progress')} max={total ?? undefined} value={fileName && total ? received : undefined} />
      <p className="hint" role="status">
        {label}
      </p>
    </div>
  );
}

function Signature() {
  const { t } = useTranslation('reports');
  const { data: settings } = useSettings();
  if (!settings) return null;
  return (
    <p className="hint">
      <Trans
        t={t}
        i18nKey="download.signedAs"
        values={{ name: settings.newsroomName }}
        components={{ bdi: <bdi />, a: <Link href="/settings" /> }}
      />
    </p>
  );
}
