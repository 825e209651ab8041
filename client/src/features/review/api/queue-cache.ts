// After a decision or a verdict change from the queue: the server's claim goes into every cached list at once, then
// lists, counts and histories are read again.
import type { QueryClient } from '@tanstack/react-query';
import type { Claim } from '../../../../../domain/schemas.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { claimKeys } from '../../claims/api/claim-keys.ts';
import { VERDICT_META } from '../../claims/verdicts.ts';

export function claimSaved(queryClient: QueryClient, saved: Claim) {
  queryClient.setQueriesData<Claim[]>({ queryKey: claimKeys.lists() }, (old) => old?.map((c) => (c.id === saved.id ? saved : c)));
  useUiStore.getState().queueActionSucceeded(saved.id);
  return queryClient.invalidateQueries({ queryKey: claimKeys.all });
}

/** Records why a row's action failed; a 409 shows the newer claim and is never retried over it. */
export function claimActionFailed(queryClient: QueryClient, claimId: string, what: string, error: unknown) {
  if (error instanceof ApiError && error.status === 409 && error.current) {
    const theirs = error.current;
    useUiStore
      .getState()
      .queueActionFailed(
        claimId,
        `Someone changed this claim first (now ${VERDICT_META[theirs.verdict].label.toLowerCase()}, version ${theirs.version}). ` +
          `Nothing was overwritten: the row shows their version; look again before you ${what}.`,
      );
    queryClient.setQueriesData<Claim[]>({ queryKey: claimKeys.lists() }, (old) => old?.map((c) => (c.id === claimId ? theirs : c)));
    return queryClient.invalidateQueries({ queryKey: claimKeys.all });
  }
  useUiStore.getState().queueActionFailed(claimId, `Could not ${what}: ${errorMessage(error)}`);
  return undefined;
}
