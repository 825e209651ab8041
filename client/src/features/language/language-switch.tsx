// The interface language picker in the header: each language named in itself. The choice applies at once, is kept in
// this browser, and, signed in, on the account (PATCH /api/users/:id { locale }) so it follows the person.
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, uiLanguageOf, type UiLanguage } from '@domain/locales.ts';
import { chooseLanguage } from '../../i18n/i18n.ts';
import { useSaveLanguage } from './use-account-language.ts';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const save = useSaveLanguage();
  const language = uiLanguageOf(i18n.resolvedLanguage) ?? 'en';
  const onChange = (next: UiLanguage) => {
    void chooseLanguage(next);
    save(next);
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={language} onChange={(e) => onChange(e.target.value as UiLanguage)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.names.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
