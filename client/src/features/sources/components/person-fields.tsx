// One person of a source on the Sources screen: names and role phrases per language, aliases, the dates of the role.
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import type { PersonDraft } from '../source-draft.ts';
import { useFieldMessage } from './field-message.tsx';
import { LanguageFields } from './language-fields.tsx';

interface PersonFieldsProps {
  person: PersonDraft;
  index: number;
  formId: string;
  error: unknown;
  onChange: (next: PersonDraft) => void;
  onRemove: () => void;
}

export function PersonFields({ person, index, formId, error, onChange, onRemove }: PersonFieldsProps) {
  const { t } = useTranslation('sources');
  const at = useFieldMessage(formId, error);
  const id = `${formId}-person-${person.key}`;
  const label = person.names.en || person.names.fr || person.names.ar || t('page.people.unnamed', { n: index + 1 });
  const from = at(`people.${index}.from`);
  const to = at(`people.${index}.to`);
  return (
    <fieldset className="directory-entry" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>
        <bdi>{label}</bdi>
      </legend>
      <LanguageFields idPrefix={`${id}-name`} legend={t('page.people.names')} values={person.names} maxLength={LIMITS.sourceName}
        onChange={(names) => onChange({ ...person, names })} path={`people.${index}.names`} formId={formId} error={error} />
      <LanguageFields idPrefix={`${id}-role`} legend={t('page.people.roles')} values={person.roles} maxLength={LIMITS.rolePhrase}
        onChange={(roles) => onChange({ ...person, roles })} path={`people.${index}.roles`} formId={formId} error={error} />
      <label htmlFor={`${id}-aliases`}>{t('page.aliases')}</label>
      <textarea id={`${id}-aliases`} dir="auto" rows={2} value={person.aliases} aria-describedby={`${formId}-aliases-hint`}
        onChange={(e) => onChange({ ...person, aliases: e.target.value })} />
      <div className="directory-dates">
        <div>
          <label htmlFor={`${id}-from`}>{t('page.people.from')}</label>
          <input id={`${id}-from`} type="date" dir="ltr" value={person.from} onChange={(e) => onChange({ ...person, from: e.target.value })} {...from.props} />
          {from.message}
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t('page.people.to')}</label>
          <input id={`${id}-to`} type="date" dir="ltr" value={person.to} onChange={(e) => onChange({ ...person, to: e.target.value })} {...to.props} />
          {to.message}
        </div>
      </div>
      <button type="button" className="quiet" onClick={onRemove}>
        {t('page.people.remove', { name: label })}
      </button>
    </fieldset>
  );
}
