// Merging a source into another, and deleting it: when claims use it, the server asks where they go (409
// source_in_use naming moveClaimsTo), and the choice is made here before deleting again.
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Source } from '@domain/schemas.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useDeleteSource } from '../api/delete-source.ts';
import { useMergeSource } from '../api/merge-source.ts';
import { useFieldMessage } from './field-message.tsx';

interface MergeOrDeleteProps {
  source: Source;
  sources: readonly Source[];
  /** The source is gone (merged or deleted); `into` the one that took its claims, if any. */
  onGone: (into?: string) => void;
}

export function MergeOrDelete({ source, sources, onGone }: MergeOrDeleteProps) {
  const { t } = useTranslation('sources');
  const others = sources.filter((s) => s.id !== source.id);
  const [into, setInto] = useState('');
  const [moveTo, setMoveTo] = useState('');
  const merge = useMergeSource();
  const remove = useDeleteSource();
  const formId = `manage-${source.id}`;
  const mergeAt = useFieldMessage(formId, merge.error)('into');
  const removeAt = useFieldMessage(formId, remove.error)('moveClaimsTo');
  const asked = remove.error instanceof ApiError && remove.error.code === 'source_in_use';

  const submitMerge = (event: FormEvent) => {
    event.preventDefault();
    if (into) merge.mutate({ sourceId: source.id, into }, { onSuccess: () => onGone(into) });
  };
  const submitDelete = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate({ sourceId: source.id, moveClaimsTo: moveTo || undefined }, { onSuccess: () => onGone(moveTo || undefined) });
  };
  const options = others.map((s) => (
    <option key={s.id} value={s.id}>
      {s.name}
    </option>
  ));
  return (
    <div className="source-manage">
      <form onSubmit={submitMerge} aria-labelledby={`${formId}-merge-heading`}>
        <h3 id={`${formId}-merge-heading`}>{t('page.merge.heading')}</h3>
        <p className="hint">
          <Trans t={t} i18nKey="page.merge.explain" values={{ name: source.name }} components={{ name: <bdi /> }} />
        </p>
        <label htmlFor={`${formId}-into`}>{t('page.merge.into')}</label>
        <select id={`${formId}-into`} value={into} onChange={(e) => setInto(e.target.value)} {...mergeAt.props}>
          <option value="">{t('page.choose')}</option>
          {options}
        </select>
        {mergeAt.message}
        <button type="submit" disabled={!into || merge.isPending}>
          {t('page.merge.submit')}
        </button>
      </form>
      <form onSubmit={submitDelete} aria-labelledby={`${formId}-delete-heading`}>
        <h3 id={`${formId}-delete-heading`}>{t('page.delete.heading')}</h3>
        <label htmlFor={`${formId}-moveTo`}>{t('page.delete.moveTo')}</label>
        <select id={`${formId}-moveTo`} value={moveTo} onChange={(e) => setMoveTo(e.target.value)} {...removeAt.props}>
          <option value="">{t('page.delete.noMove')}</option>
          {options}
        </select>
        {removeAt.message}
        {asked && !removeAt.message && (
          <p className="field-error" role="alert">
            {t('page.delete.asked')}
          </p>
        )}
        <button type="submit" className="danger" disabled={remove.isPending}>
          {t('page.delete.submit', { name: source.name })}
        </button>
      </form>
    </div>
  );
}
