// The Download button with the file's progress and name, and the server's message where the download failed.
import type { FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PUBLICATION_FORMATS } from '../../../../../domain/requests.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useSettings } from '../../settings/api/get-settings.ts';
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
}

export function DownloadPanel({ form, params, ready }: DownloadPanelProps) {
  const { t } = useTranslation(['reports', 'common']);
  const errorText = useErrorText();
  const download = useDownloadReport();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    download.mutate(params);
  };
  const cancelled = download.error instanceof DOMException && download.error.name === 'AbortError';
  return (
    <form className="export-section download-panel" onSubmit={submit} aria-label={t('download.label')}>
      {PUBLICATION_FORMATS.includes(form.format) && <Signature />}
      <div className="download-actions">
        <button type="submit" className="primary" disabled={!ready || download.isPending}>
          {t(`formats.${form.format}.download`)}
        </button>
        {download.isPending && (
          <button type="button" onClick={download.cancel}>
            {t('common:actions.cancel')}
          </button>
        )}
      </div>
      {download.isPending && download.progress && <Progress progress={download.progress} />}
      {download.isSuccess && (
        <p className="hint download-done" role="status">
          <Trans
            t={t}
            i18nKey="download.saved"
            values={{ fileName: download.data.fileName, size: kb(t, download.data.blob.size) }}
            components={{ strong: <strong dir="auto" /> }}
          />
        </p>
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

function Progress({ progress }: { progress: DownloadProgress }) {
  const { t } = useTranslation('reports');
  const { fileName, received, total } = progress;
  const label = fileName ? (
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
