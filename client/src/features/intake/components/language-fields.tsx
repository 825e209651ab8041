// Language and direction as two selects, each showing what was detected; used by intake and by the edit dialog.
import { useTranslation } from 'react-i18next';
import type { Direction } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { languageChoices } from '../language-options.ts';
import { Field } from './field.tsx';

interface LanguageFieldsProps {
  idPrefix: string;
  language: string;
  direction: Direction;
  /** What the text was detected as, to mark in the options; omitted when editing a stored article. */
  detected?: { language: string; direction: Direction };
  errors: { language?: string | undefined; direction?: string | undefined };
  onLanguage: (language: string) => void;
  onDirection: (direction: Direction) => void;
}

export function LanguageFields({ idPrefix, language, direction, detected, errors, onLanguage, onDirection }: LanguageFieldsProps) {
  const { t } = useTranslation(['intake', 'common']);
  const { languageName } = useFormat();
  const mark = (name: string, isDetected: boolean) => (isDetected ? t('languageFields.detectedOption', { name }) : name);
  return (
    <div className="field-row">
      <Field id={`${idPrefix}-language`} label={t('fields.language')} error={errors.language}>
        {(control) => (
          <select {...control} value={language} onChange={(e) => onLanguage(e.target.value)}>
            {languageChoices(language).map((tag) => (
              <option key={tag} value={tag}>
                {mark(languageName(tag), tag === detected?.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-direction`} label={t('fields.direction')} error={errors.direction}>
        {(control) => (
          <select {...control} value={direction} onChange={(e) => onDirection(e.target.value as Direction)}>
            {(['ltr', 'rtl'] as const).map((d) => (
              <option key={d} value={d}>
                {mark(t(`common:direction.${d}`), d === detected?.direction)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
