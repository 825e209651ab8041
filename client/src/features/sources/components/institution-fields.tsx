// One institution under a source on the Sources screen: its names per language and its aliases.
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import type { InstitutionDraft } from '../source-draft.ts';
import { LanguageFields } from './language-fields.tsx';

interface InstitutionFieldsProps {
  institution: InstitutionDraft;
  index: number;
  formId: string;
  error: unknown;
  onChange: (next: InstitutionDraft) => void;
  onRemove: () => void;
}

export function InstitutionFields({ institution, index, formId, error, onChange, onRemove }: InstitutionFieldsProps) {
  const { t } = useTranslation('sources');
  const id = `${formId}-institution-${institution.key}`;
  const label = institution.names.en || institution.names.fr || institution.names.ar || t('page.institutions.unnamed', { n: index + 1 });
  return (
    <fieldset className="directory-entry" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>
        <bdi>{label}</bdi>
      </legend>
      <LanguageFields idPrefix={`${id}-name`} legend={t('page.institutions.names')} values={institution.names} maxLength={LIMITS.sourceName}
        onChange={(names) => onChange({ ...institution, names })} path={`institutions.${index}.names`} formId={formId} error={error} />
      <label htmlFor={`${id}-aliases`}>{t('page.aliases')}</label>
      <textarea id={`${id}-aliases`} dir="auto" rows={2} value={institution.aliases} aria-describedby={`${formId}-aliases-hint`}
        onChange={(e) => onChange({ ...institution, aliases: e.target.value })} />
      <button type="button" className="quiet" onClick={onRemove}>
        {t('page.institutions.remove', { name: label })}
      </button>
    </fieldset>
  );
}
