// "Only claims an editor approved": on by default for what a newsroom publishes, and said why.
import { useTranslation } from 'react-i18next';
import { formatInfo, PUBLICATION_FORMATS } from '@domain/reports/formats.ts';
import { useFormat } from '../../../i18n/format.ts';
import { approvedOnly, type ExportForm } from '../export-form.ts';

export function ApprovedField({ form, onChange }: { form: ExportForm; onChange: (next: ExportForm) => void }) {
  const { t } = useTranslation('reports');
  const { language } = useFormat();
  const publication = PUBLICATION_FORMATS.includes(form.format);
  const help = publication ? t('approved.publication', { format: formatInfo(form.format).label[language] }) : t('approved.working');
  return (
    <div className="export-section approved-field">
      <label className="choice">
        <input
          type="checkbox"
          checked={approvedOnly(form)}
          aria-describedby="approved-help"
          onChange={(e) => onChange({ ...form, approved: e.target.checked ? 'only' : 'all' })}
        />
        {t('approved.label')}
      </label>
      <p id="approved-help" className="hint">
        {help}
      </p>
    </div>
  );
}
