// POST /api/articles/:id/claims: makes a claim; the new claim joins the article's cached list when the server answers.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateClaimBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { updateCachedClaims } from '../../../lib/queries/get-claims.ts';

export interface CreateClaimInput {
  articleId: string;
  body: CreateClaimBody;
}

export const createClaim = ({ articleId, body }: CreateClaimInput) =>
  apiRequest<Claim>(`/articles/${encodeURIComponent(articleId)}/claims`, { method: 'POST', body });

/** Invalidates what a claim change makes stale: claim lists and the article list's verdict counts. */
export function invalidateAfterClaimChange(queryClient: QueryClient) {
  // While other claim writes are in flight a refetch would undo their optimistic state; the last one refetches.
  const othersPending = queryClient.isMutating({ mutationKey: claimKeys.mutations() }) > 1;
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: articleKeys.lists() }),
    othersPending ? undefined : queryClient.invalidateQueries({ queryKey: claimKeys.lists() }),
  ]);
}

export function useCreateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: claimKeys.create(),
    mutationFn: createClaim,
    onSuccess: (claim, { articleId }) => {
      updateCachedClaims(queryClient, articleId, (claims) => [...claims.filter((c) => c.id !== claim.id), claim]);
      return invalidateAfterClaimChange(queryClient);
    },
  });
}
