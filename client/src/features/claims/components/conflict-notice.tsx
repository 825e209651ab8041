// A 409: someone saved this claim first. Shows their version beside the user's and lets the user choose.
import type { Claim } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import type { ClaimChanges } from '../api/update-claim.ts';
import { useUpdateClaim } from '../api/update-claim.ts';
import { VERDICT_META } from '../verdicts.ts';

function Version({ title, fields }: { title: string; fields: ClaimChanges }) {
  const { data: sources = [] } = useSources();
  return (
    <section className="conflict-version">
      <h4>{title}</h4>
      <dl>
        {fields.verdict && (
          <>
            <dt>Verdict</dt>
            <dd>{VERDICT_META[fields.verdict].label}</dd>
          </>
        )}
        {fields.sourceId && (
          <>
            <dt>Source</dt>
            <dd>{sources.find((s) => s.id === fields.sourceId)?.name ?? fields.sourceId}</dd>
          </>
        )}
        {fields.note !== undefined && (
          <>
            <dt>Note</dt>
            <dd dir="auto">{fields.note || <em>empty</em>}</dd>
          </>
        )}
        {fields.evidence && (
          <>
            <dt>Evidence</dt>
            <dd>{fields.evidence.length === 0 ? <em>none</em> : fields.evidence.map((e) => e.title || e.url).join(', ')}</dd>
          </>
        )}
        {fields.exact !== undefined && (
          <>
            <dt>Quote</dt>
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
        <strong>Someone else changed this claim</strong> (now version {conflict.theirs.version}) while you were editing.
        Nothing was overwritten. Choose which to keep.
      </p>
      <div className="conflict-versions">
        <Version title="Your version" fields={conflict.mine} />
        <Version title="Their version" fields={theirFields(conflict.theirs, conflict.mine)} />
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={keepMine}>
          Keep mine
        </button>
        <button type="button" onClick={keepTheirs}>
          Keep theirs
        </button>
      </div>
    </div>
  );
}
