// The HTML report for the chosen scope in a sandboxed frame: no scripts, no same-origin access, nothing to click through.
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useReportPreview } from '../api/get-report-preview.ts';

interface ReportPreviewProps {
  params: Record<string, string>;
  chosen: boolean;
  ready: boolean;
}

export function ReportPreview({ params, chosen, ready }: ReportPreviewProps) {
  const { t } = useTranslation('reports');
  const errorText = useErrorText();
  const preview = useReportPreview(params, ready);
  return (
    <section className="report-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('preview.heading')}</h2>
      <p className="hint">{t('preview.hint')}</p>
      {!chosen || !ready ? (
        <p className="preview-empty">{chosen ? t('preview.nothing') : t('preview.chooseArticle')}</p>
      ) : preview.error ? (
        <p className="field-error" role="alert">
          {t('preview.failed', { message: errorText(preview.error) })}
        </p>
      ) : preview.data === undefined ? (
        <p className="preview-empty" role="status">
          {t('preview.building')}
        </p>
      ) : (
        // srcDoc, not src: the report is served as an attachment, which a frame would download instead of showing.
        <iframe sandbox="" title={t('preview.frame')} srcDoc={preview.data} />
      )}
    </section>
  );
}
