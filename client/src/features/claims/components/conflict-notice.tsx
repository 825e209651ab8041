// A 409: someone saved this claim first. Shows their version beside the user's and lets the user choose.
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Claim } from '@domain/schemas.ts';
import { sourceName } from '@domain/locales.ts';
import { VerdictTag } from '../../../components/verdict-tag.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import type { ClaimChanges } from '../api/update-claim.ts';
import { useUpdateClaim } from '../api/update-claim.ts';

function Version({ title, fields }: { title: string; fields: ClaimChanges }) {
  const { t } = useTranslation(['claims', 'common']);
  const { language } = useFormat();
  // "a, b, c" as the language writes a plain enumeration (its comma, no "and").
  const links = useMemo(() => new Intl.ListFormat(language, { type: 'unit', style: 'short' }), [language]);
  const { data: sources = [] } = useSources();
  const source = fields.sourceId ? sources.find((s) => s.id === fields.sourceId) : undefined;
  return (
    <section className="conflict-version">
      <h4>{title}</h4>
      <dl>
        {fields.verdict && (
          <>
            <dt>{t('field.verdict')}</dt>
            <dd>
              <VerdictTag verdict={fields.verdict} />
            </dd>
          </>
        )}
        {fields.sourceId && (
          <>
            <dt>{t('field.source')}</dt>
            <dd dir="auto">{source ? sourceName(source, language) : fields.sourceId}</dd>
          </>
        )}
        {fields.note !== undefined && (
          <>
            <dt>{t('field.note')}</dt>
            <dd dir="auto">{fields.note || <em>{t('conflict.empty')}</em>}</dd>
          </>
        )}
        {fields.evidence && (
          <>
            <dt>{t('field.evidence')}</dt>
            <dd>
              {fields.evidence.length === 0 ? (
                <em>{t('conflict.none')}</em>
              ) : (
                links.formatToParts(fields.evidence.map((e) => e.title || e.url)).map((part, i) =>
                  part.type === 'element' ? <bdi key={i}>{part.value}</bdi> : part.value,
                )
              )}
            </dd>
          </>
        )}
        {fields.exact !== undefined && (
          <>
            <dt>{t('field.quote')}</dt>
            <dd dir="auto">{fields.exact}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The fields of `theirs` that the user tried to change, to compare like with like. */
function theirFields(theirs: Claim, mine: ClaimChanges): ClaimChanges {
  const keys = Object.keys(mine) as (keyof ClaimChanges)[];
  const all: ClaimChanges = { ...theirs, exact: theirs.quote.exact };
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as ClaimChanges;
}

export function ConflictNotice({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const conflict = useUiStore((s) => s.conflicts[claim.id]);
  const conflictResolved = useUiStore((s) => s.conflictResolved);
  const noteDiscarded = useUiStore((s) => s.noteDiscarded);
  const update = useUpdateClaim();
  if (!conflict) return null;
  const keepMine = () => {
    conflictResolved(claim.id);
    // The cache now holds their version, so this write names their version number.
    update.mutate({ articleId: claim.articleId, claimId: claim.id, changes: conflict.mine });
  };
  const keepTheirs = () => {
    conflictResolved(claim.id);
    noteDiscarded(claim.id);
  };
  return (
    <div role="alert" className="conflict">
      <p>
        <Trans
          t={t}
          i18nKey="conflict.message"
          values={{ version: conflict.theirs.version }}
          components={{ strong: <strong /> }}
        />
      </p>
      <div className="conflict-versions">
        <Version title={t('conflict.mine')} fields={conflict.mine} />
        <Version title={t('conflict.theirs')} fields={theirFields(conflict.theirs, conflict.mine)} />
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={keepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={keepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
      </div>
    </div>
  );
}
