// The HTML report for the chosen scope in a sandboxed frame: no scripts, no same-origin access, nothing to click through.
import { useReportPreview } from '../api/get-report-preview.ts';

interface ReportPreviewProps {
  params: Record<string, string>;
  chosen: boolean;
  ready: boolean;
}

export function ReportPreview({ params, chosen, ready }: ReportPreviewProps) {
  const preview = useReportPreview(params, ready);
  return (
    <section className="report-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p className="hint">The HTML report for this scope; the PDF is printed from the same page.</p>
      {!chosen || !ready ? (
        <p className="preview-empty">{chosen ? 'Nothing to preview in this scope.' : 'Choose an article to preview its report.'}</p>
      ) : preview.error ? (
        <p className="field-error" role="alert">
          The preview could not be built: {preview.error.message}
        </p>
      ) : preview.data === undefined ? (
        <p className="preview-empty" role="status">
          Building the preview…
        </p>
      ) : (
        // srcDoc, not src: the report is served as an attachment, which a frame would download instead of showing.
        <iframe sandbox="" title="Report preview" srcDoc={preview.data} />
      )}
    </section>
  );
}
