// The "History" disclosure under a source on the Sources screen: who created, changed and merged it, and when, with
// the fields each change touched (issue 17, item 1: every change audited, and an editor can read the audit).
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Source, SourceAuditEntry } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useFormat } from '../../../i18n/format.ts';
import { usePersonName } from '../../../lib/queries/get-people.ts';
import { useSourceHistory } from '../api/get-source-history.ts';
import { changedFields, deletedInto, mergedInto, type SourceField } from '../source-changes.ts';

export function SourceHistory({ source, sources }: { source: Source; sources: readonly Source[] }) {
  const { t } = useTranslation('sources');
  const [open, setOpen] = useState(false);
  return (
    <details className="source-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('history.heading')}</summary>
      {open && <Entries source={source} sources={sources} />}
    </details>
  );
}

function Entries({ source, sources }: { source: Source; sources: readonly Source[] }) {
  const { t } = useTranslation('sources');
  const format = useFormat();
  const errorText = useErrorText();
  const personName = usePersonName();
  const history = useSourceHistory(source.id, source.updatedAt, true);
  const nameOf = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  const fieldList = (fields: SourceField[]) => format.list(fields.map((f) => t(`history.fields.${f}`)));
  if (history.isPending) return <p className="hint">{t('history.loading')}</p>;
  if (history.error) {
    return (
      <p className="field-error" role="alert">
        {t('history.loadFailed', { reason: errorText(history.error) })}
      </p>
    );
  }
  if (history.data.length === 0) return <p className="hint">{t('history.empty')}</p>;
  return (
    <ol className="timeline source-timeline" aria-label={t('history.label', { name: source.name })}>
      {history.data.map((entry) => {
        const { i18nKey, values } = sentence(entry, nameOf, fieldList);
        return (
          <li key={entry.id} className={`timeline-step timeline-${entry.action}`}>
            <p>
              <Trans
                t={t}
                i18nKey={i18nKey}
                values={{ name: personName(entry.userId), ...values }}
                components={{ who: <bdi className="timeline-who" />, bdi: <bdi /> }}
              />
            </p>
            <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
          </li>
        );
      })}
    </ol>
  );
}

/** The messages of the entries. */
type EntryKey = `history.entry.${'create' | 'update' | 'saved' | 'merge' | 'delete' | 'removed'}`;

/** The message of an entry (sources:history.entry.*) and the values it names. */
function sentence(
  entry: SourceAuditEntry,
  nameOf: (id: string) => string,
  list: (fields: SourceField[]) => string,
): { i18nKey: EntryKey; values: Record<string, string | number> } {
  switch (entry.action) {
    case 'create':
      return { i18nKey: 'history.entry.create', values: {} };
    case 'update': {
      const fields = changedFields(entry.before, entry.after);
      return fields.length === 0 ? { i18nKey: 'history.entry.saved', values: {} } : { i18nKey: 'history.entry.update', values: { fields: list(fields) } };
    }
    case 'merge': {
      const merge = mergedInto(entry.after);
      return merge
        ? { i18nKey: 'history.entry.merge', values: { into: nameOf(merge.into), count: merge.movedClaims } }
        : { i18nKey: 'history.entry.saved', values: {} };
    }
    case 'delete': {
      const moved = deletedInto(entry.after);
      return moved ? { i18nKey: 'history.entry.removed', values: { into: nameOf(moved.into), count: moved.movedClaims } } : { i18nKey: 'history.entry.delete', values: {} };
    }
  }
}
