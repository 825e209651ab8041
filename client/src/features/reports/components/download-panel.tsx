// The Download button with the file's progress and name, and the server's message where the download failed.
import type { FormEvent } from 'react';
import { Link } from 'wouter';
import { PUBLICATION_FORMATS } from '../../../../../domain/requests.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useSettings } from '../../settings/api/get-settings.ts';
import { useDownloadReport, type DownloadProgress } from '../api/download-report.ts';
import type { ExportForm } from '../export-form.ts';
import { FORMAT_META } from '../report-formats.ts';

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

interface DownloadPanelProps {
  form: ExportForm;
  params: Record<string, string>;
  /** The scope holds claims: an empty scope gets a message, never an empty file. */
  ready: boolean;
}

export function DownloadPanel({ form, params, ready }: DownloadPanelProps) {
  const download = useDownloadReport();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    download.mutate(params);
  };
  const cancelled = download.error instanceof DOMException && download.error.name === 'AbortError';
  return (
    <form className="export-section download-panel" onSubmit={submit} aria-label="Download">
      {PUBLICATION_FORMATS.includes(form.format) && <Signature />}
      <div className="download-actions">
        <button type="submit" className="primary" disabled={!ready || download.isPending}>
          Download {FORMAT_META[form.format].label}
        </button>
        {download.isPending && (
          <button type="button" onClick={download.cancel}>
            Cancel
          </button>
        )}
      </div>
      {download.isPending && download.progress && <Progress progress={download.progress} />}
      {download.isSuccess && (
        <p className="hint download-done" role="status">
          Saved <strong>{download.data.fileName}</strong> ({kb(download.data.blob.size)}).
        </p>
      )}
      {download.isError &&
        (cancelled ? (
          <p className="hint" role="status">
            Download cancelled.
          </p>
        ) : (
          <p className="field-error" role="alert">
            <strong>Not downloaded.</strong> {errorMessage(download.error)}
          </p>
        ))}
    </form>
  );
}

function Progress({ progress }: { progress: DownloadProgress }) {
  const { fileName, received, total } = progress;
  const label = fileName
    ? `${fileName}: ${kb(received)}${total ? ` of ${kb(total)}` : ''}`
    : 'The server is building the file…';
  return (
    <div className="download-progress">
      {/* No value while the server builds the file: an indeterminate bar. */}
      <progress aria-label="Download progress" max={total ?? undefined} value={fileName && total ? received : undefined} />
      <p className="hint" role="status">
        {label}
      </p>
    </div>
  );
}

function Signature() {
  const { data: settings } = useSettings();
  if (!settings) return null;
  return (
    <p className="hint">
      Signed as <bdi>{settings.newsroomName}</bdi>. <Link href="/settings">Change in Settings</Link>
    </p>
  );
}
