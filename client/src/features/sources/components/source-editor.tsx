// The form of one source on the Sources screen (a new one when `source` is absent): names, aliases, kind, country,
// sameAs, its people and its institutions, saved at once; each refusal shown beside its field.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import type { Source } from '@domain/schemas.ts';
import { SOURCE_KINDS, type SourceKind } from '@domain/source-directory.ts';
import { useCreateSource } from '../../../lib/queries/create-source.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useUpdateSource } from '../api/update-source.ts';
import { emptyInstitution, emptyPerson, sourceBody, sourceDraft, type SourceDraft } from '../source-draft.ts';
import { isShownAt, useFieldMessage } from './field-message.tsx';
import { InstitutionFields } from './institution-fields.tsx';
import { LanguageFields } from './language-fields.tsx';
import { PersonFields } from './person-fields.tsx';

/** The fields this form shows a message beside; a refusal of any other is shown at its foot. */
const SHOWN = /^(name|kind|country|sameAs|names(\.\w+)?|aliases(\.\d+)?|people\.\d+\.(names|roles)(\.\w+)?|people\.\d+\.(from|to)|institutions\.\d+\.names(\.\w+)?)$/;

interface SourceEditorProps {
  source?: Source | undefined;
  onSaved: (source: Source) => void;
}

export function SourceEditor({ source, onSaved }: SourceEditorProps) {
  const { t } = useTranslation('sources');
  const errorText = useErrorText();
  const formId = source ? `source-${source.id}` : 'source-new';
  const [draft, setDraft] = useState<SourceDraft>(() => sourceDraft(source));
  const create = useCreateSource();
  const update = useUpdateSource();
  const saving = source ? update : create;
  const error = saving.error;
  const at = useFieldMessage(formId, error);
  const focusNext = useRef<string | null>(null);
  const set = <K extends keyof SourceDraft>(key: K, value: SourceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = sourceBody(draft, source);
    if (source) update.mutate({ sourceId: source.id, changes: body }, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  };
  /** Adds an empty person or institution and moves the focus to its first field once it is shown. */
  const add = (kind: 'person' | 'institution') => {
    if (kind === 'person') {
      const person = emptyPerson();
      focusNext.current = `${formId}-person-${person.key}-name-${DIRECTORY_FIRST}`;
      set('people', [...draft.people, person]);
    } else {
      const institution = emptyInstitution();
      focusNext.current = `${formId}-institution-${institution.key}-name-${DIRECTORY_FIRST}`;
      set('institutions', [...draft.institutions, institution]);
    }
  };
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [draft.people.length, draft.institutions.length]);

  const name = at('name');
  const kind = at('kind');
  const country = at('country');
  const sameAs = at('sameAs');
  const aliases = at('aliases');
  const heading = source ? t('page.editHeading', { name: source.name }) : t('page.newHeading');
  return (
    <form className="source-editor" onSubmit={submit} aria-label={heading}>
      <h2>
        <bdi>{heading}</bdi>
      </h2>
      <div className="source-main-fields">
        <div>
          <label htmlFor={`${formId}-name`}>{t('page.name')}</label>
          <input id={`${formId}-name`} required dir="auto" maxLength={LIMITS.sourceName} value={draft.name}
            onChange={(e) => set('name', e.target.value)} {...name.props} />
          {name.message}
        </div>
        <div>
          <label htmlFor={`${formId}-kind`}>{t('page.kind')}</label>
          <select id={`${formId}-kind`} value={draft.kind} onChange={(e) => set('kind', e.target.value as SourceKind | '')} {...kind.props}>
            <option value="">{t('page.kinds.none')}</option>
            {SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`page.kinds.${k}`)}
              </option>
            ))}
          </select>
          {kind.message}
        </div>
        <div>
          <label htmlFor={`${formId}-country`}>{t('page.country')}</label>
          <input id={`${formId}-country`} dir="ltr" maxLength={LIMITS.country} autoComplete="off" value={draft.country}
            aria-describedby={`${formId}-country-hint`} onChange={(e) => set('country', e.target.value.toUpperCase())} {...country.props} />
          <p id={`${formId}-country-hint`} className="hint">
            <Trans t={t} i18nKey="page.countryHint" components={{ code: <code dir="ltr" /> }} />
          </p>
          {country.message}
        </div>
        <div>
          <label htmlFor={`${formId}-sameAs`}>{t('page.sameAs')}</label>
          <input id={`${formId}-sameAs`} type="url" dir="ltr" maxLength={LIMITS.url} value={draft.sameAs}
            placeholder="https://www.wikidata.org/wiki/Q…" onChange={(e) => set('sameAs', e.target.value)} {...sameAs.props} />
          {sameAs.message}
        </div>
      </div>
      <LanguageFields idPrefix={`${formId}-names`} legend={t('page.names')} values={draft.names} maxLength={LIMITS.sourceName}
        onChange={(names) => set('names', names)} path="names" formId={formId} error={error} />
      <label htmlFor={`${formId}-aliases`}>{t('page.aliases')}</label>
      <textarea id={`${formId}-aliases`} dir="auto" rows={3} value={draft.aliases} aria-describedby={`${formId}-aliases-hint`}
        onChange={(e) => set('aliases', e.target.value)} {...aliases.props} />
      <p id={`${formId}-aliases-hint`} className="hint">{t('page.aliasesHint')}</p>
      {aliases.message}

      <section aria-labelledby={`${formId}-people-heading`}>
        <h3 id={`${formId}-people-heading`}>{t('page.people.heading')}</h3>
        {draft.people.length === 0 && <p className="hint">{t('page.people.none')}</p>}
        {draft.people.map((person, index) => (
          <PersonFields key={person.key} person={person} index={index} formId={formId} error={error}
            onChange={(next) => set('people', draft.people.map((p) => (p.key === person.key ? next : p)))}
            onRemove={() => set('people', draft.people.filter((p) => p.key !== person.key))} />
        ))}
        <button type="button" onClick={() => add('person')}>
          {t('page.people.add')}
        </button>
      </section>

      <section aria-labelledby={`${formId}-institutions-heading`}>
        <h3 id={`${formId}-institutions-heading`}>{t('page.institutions.heading')}</h3>
        {draft.institutions.length === 0 && <p className="hint">{t('page.institutions.none')}</p>}
        {draft.institutions.map((institution, index) => (
          <InstitutionFields key={institution.key} institution={institution} index={index} formId={formId} error={error}
            onChange={(next) => set('institutions', draft.institutions.map((i) => (i.key === institution.key ? next : i)))}
            onRemove={() => set('institutions', draft.institutions.filter((i) => i.key !== institution.key))} />
        ))}
        <button type="button" onClick={() => add('institution')}>
          {t('page.institutions.add')}
        </button>
      </section>

      {error != null && !isShownAt(error, (field) => SHOWN.test(field)) && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving.isPending}>
        {source ? t('page.save') : t('page.create')}
      </button>
      {saving.isSuccess && (
        <p role="status" className="hint">
          {t('page.saved')}
        </p>
      )}
    </form>
  );
}

/** The language of the first name field, which takes the focus when a person or institution is added. */
const DIRECTORY_FIRST = 'ar';
