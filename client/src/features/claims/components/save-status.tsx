// Shows whether the claim's edits are saving, saved or failed; a failure carries the server's message and a retry.
import type { Claim } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useUpdateClaim } from '../api/update-claim.ts';

export function SaveStatus({ claim }: { claim: Claim }) {
  const save = useUiStore((s) => s.saves[claim.id]);
  const status = !save ? 'idle' : save.pending > 0 ? 'saving' : save.error ? 'failed' : save.savedOnce ? 'saved' : 'idle';
  const text = { idle: '', saving: 'Saving…', saved: 'Saved', failed: 'Not saved' }[status];
  return (
    <span role="status" className={`save-status save-${status}`}>
      {text}
    </span>
  );
}

export function SaveError({ claim }: { claim: Claim }) {
  const save = useUiStore((s) => s.saves[claim.id]);
  const conflict = useUiStore((s) => s.conflicts[claim.id]);
  const noteDraft = useUiStore((s) => s.noteDrafts[claim.id]);
  const update = useUpdateClaim();
  if (!save?.error || save.pending > 0 || conflict) return null;
  const retry = () => {
    const changes = { ...save.failedChanges, ...(noteDraft !== undefined ? { note: noteDraft } : {}) };
    update.mutate({ articleId: claim.articleId, claimId: claim.id, changes });
  };
  return (
    <div role="alert" className="save-error">
      <p>
        <strong>Not saved.</strong> {save.error}
      </p>
      <button type="button" onClick={retry}>
        Retry
      </button>
    </div>
  );
}
