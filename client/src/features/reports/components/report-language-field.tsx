// The language of the report's template (headings, labels, dates), chosen apart from the articles' language: by
// default the interface language, each offered by its name in itself.
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, uiLanguageOf } from '@domain/locales.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ExportForm } from '../export-form.ts';

export function ReportLanguageField({ form, onChange }: { form: ExportForm; onChange: (next: ExportForm) => void }) {
  const { t } = useTranslation(['reports', 'common']);
  const { language } = useFormat();
  return (
    <div className="export-section report-language">
      <label htmlFor="export-lang">{t('language.label')}</label>
      <select
        id="export-lang"
        value={form.lang ?? language}
        aria-describedby="export-lang-help"
        onChange={(e) => onChange({ ...form, lang: uiLanguageOf(e.target.value) ?? null })}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`common:language.names.${l}`)}
          </option>
        ))}
      </select>
      <p id="export-lang-help" className="hint">
        {t('language.help')}
      </p>
    </div>
  );
}
