// DELETE /api/claims/:id: removes the claim from the list at once and puts it back if the server refuses.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { invalidateAfterClaimChange, updateCachedClaims } from '../../../lib/queries/get-claims.ts';

export const deleteClaim = (claimId: string) =>
  apiRequest<void>(`/claims/${encodeURIComponent(claimId)}`, { method: 'DELETE' });

export function useDeleteClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...claimKeys.mutations(), 'delete'],
    scope: { id: 'claim-writes' },
    mutationFn: (claim: Claim) => deleteClaim(claim.id),
    onMutate: async (claim) => {
      await queryClient.cancelQueries({ queryKey: claimKeys.byArticle(claim.articleId) });
      updateCachedClaims(queryClient, claim.articleId, (claims) => claims.filter((c) => c.id !== claim.id));
    },
    onError: (_error, claim) => {
      updateCachedClaims(queryClient, claim.articleId, (claims) =>
        [...claims.filter((c) => c.id !== claim.id), claim].sort((a, b) => a.start - b.start || a.end - b.end),
      );
    },
    onSettled: () => invalidateAfterClaimChange(queryClient),
  });
}
