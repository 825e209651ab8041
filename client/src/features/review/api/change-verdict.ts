// PATCH /api/claims/:id from the queue: an editor changes the verdict (recorded as theirs), naming the version shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim, Verdict } from '@domain/schemas.ts';
import { updateClaim } from '../../../lib/queries/get-claims.ts';
import { claimActionFailed, claimSaved } from './queue-cache.ts';
import { reviewKeys } from './review-keys.ts';

export function useChangeVerdict() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...reviewKeys.mutations(), 'verdict'],
    mutationFn: ({ claim, verdict }: { claim: Claim; verdict: Verdict }) => updateClaim(claim.id, { verdict, version: claim.version }),
    onSuccess: (saved) => claimSaved(queryClient, saved),
    onError: (error, { claim }) => claimActionFailed(queryClient, claim.id, 'verdict', error),
  });
}
