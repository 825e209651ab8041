// POST /api/claims/:id/restore: undoes a deletion; the claim comes back with its id, and its history records an undo.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { invalidateAfterClaimChange, updateCachedClaims } from '../../../lib/queries/get-claims.ts';

export const restoreClaim = (claimId: string) =>
  apiRequest<Claim>(`/claims/${encodeURIComponent(claimId)}/restore`, { method: 'POST' });

export function useRestoreClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...claimKeys.mutations(), 'restore'],
    scope: { id: 'claim-writes' },
    mutationFn: restoreClaim,
    onSuccess: (claim) => {
      updateCachedClaims(queryClient, claim.articleId, (claims) =>
        [...claims.filter((c) => c.id !== claim.id), claim].sort((a, b) => a.start - b.start || a.end - b.end),
      );
      return invalidateAfterClaimChange(queryClient);
    },
  });
}
