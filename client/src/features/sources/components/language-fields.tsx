// One text field per language (Arabic, English, French) for a name or a role phrase, each labelled with its language.
import { useTranslation } from 'react-i18next';
import { DIRECTORY_LANGUAGES, type PerLanguage } from '../source-draft.ts';
import { useFieldMessage } from './field-message.tsx';

interface LanguageFieldsProps {
  /** Unique prefix of the inputs' ids. */
  idPrefix: string;
  legend: string;
  values: PerLanguage;
  maxLength: number;
  onChange: (next: PerLanguage) => void;
  /** The error path of these values (`names`, `people.0.roles`): the language is appended. */
  path: string;
  formId: string;
  error: unknown;
}

export function LanguageFields({ idPrefix, legend, values, maxLength, onChange, path, formId, error }: LanguageFieldsProps) {
  const { t } = useTranslation('sources');
  const at = useFieldMessage(formId, error);
  const whole = at(path);
  return (
    <fieldset className="language-fields">
      <legend>{legend}</legend>
      {DIRECTORY_LANGUAGES.map((lang) => {
        const field = at(`${path}.${lang}`);
        return (
          <div key={lang}>
            <label htmlFor={`${idPrefix}-${lang}`}>{t(`page.language.${lang}`)}</label>
            <input id={`${idPrefix}-${lang}`} dir="auto" lang={lang} maxLength={maxLength} value={values[lang]}
              onChange={(e) => onChange({ ...values, [lang]: e.target.value })} {...field.props} />
            {field.message}
          </div>
        );
      })}
      {whole.message}
    </fieldset>
  );
}
