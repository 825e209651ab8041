// The format of the file, each with one line on what it is and who it is for.
import { useTranslation } from 'react-i18next';
import { formatInfo, REPORT_FORMATS } from '@domain/reports/formats.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ExportForm } from '../export-form.ts';

export function FormatFields({ form, onChange }: { form: ExportForm; onChange: (next: ExportForm) => void }) {
  const { t } = useTranslation('reports');
  const { language } = useFormat();
  return (
    <fieldset className="export-section">
      <legend>{t('format.legend')}</legend>
      <ul className="format-list">
        {REPORT_FORMATS.map((format) => (
          <li key={format}>
            <label className="choice">
              <input
                type="radio"
                name="format"
                checked={form.format === format}
                aria-describedby={`format-${format}-help`}
                // A new format starts from its own default for approved-only (publication formats publish approved claims).
                onChange={() => onChange({ ...form, format, approved: null })}
              />
              {formatInfo(format).label[language]}
            </label>
            <p id={`format-${format}-help`} className="hint">
              {formatInfo(format).description[language]}
            </p>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
