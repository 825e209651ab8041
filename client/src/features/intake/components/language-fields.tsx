// Language and direction as two selects, each showing what was detected; used by intake and by the edit dialog.
import type { Direction } from '../../../../../domain/schemas.ts';
import { languageName } from '../../articles/format.ts';
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

const DIRECTION_LABEL: Record<Direction, string> = { ltr: 'Left to right', rtl: 'Right to left' };

export function LanguageFields({ idPrefix, language, direction, detected, errors, onLanguage, onDirection }: LanguageFieldsProps) {
  const mark = (isDetected: boolean) => (isDetected ? ' (detected)' : '');
  return (
    <div className="field-row">
      <Field id={`${idPrefix}-language`} label="Language" error={errors.language}>
        {(control) => (
          <select {...control} value={language} onChange={(e) => onLanguage(e.target.value)}>
            {languageChoices(language).map((tag) => (
              <option key={tag} value={tag}>
                {languageName(tag)}
                {mark(tag === detected?.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-direction`} label="Direction" error={errors.direction}>
        {(control) => (
          <select {...control} value={direction} onChange={(e) => onDirection(e.target.value as Direction)}>
            {(['ltr', 'rtl'] as const).map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABEL[d]}
                {mark(d === detected?.direction)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
