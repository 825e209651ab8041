// GET /api/claims?articleId=…: the claims of one article (or any filter), kept apart from the article's text; and
// what every feature that changes a claim needs: its PATCH, the cached lists to rewrite and to invalidate.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ClaimsQuery, UpdateClaimBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { articleKeys } from './article-keys.ts';
import { claimKeys } from './claim-keys.ts';

export function getClaims(query: ClaimsQuery, signal?: AbortSignal) {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  return apiRequest<Claim[]>(`/claims?${params}`, { signal });
}

/** PATCH /api/claims/:id, naming the version the change was made on (the editor and the review queue both send it). */
export const updateClaim = (claimId: string, body: UpdateClaimBody) =>
  apiRequest<Claim>(`/claims/${encodeURIComponent(claimId)}`, { method: 'PATCH', body });

export const claimsQueryOptions = (query: ClaimsQuery) =>
  queryOptions({ queryKey: claimKeys.list(query), queryFn: ({ signal }) => getClaims(query, signal) });

export const useArticleClaims = (articleId: string) => useQuery(claimsQueryOptions({ articleId }));

/** Rewrites the cached claims of one article (for optimistic updates); a no-op when nothing is cached. */
export function updateCachedClaims(queryClient: QueryClient, articleId: string, change: (claims: Claim[]) => Claim[]) {
  queryClient.setQueryData<Claim[]>(claimKeys.byArticle(articleId), (old) => (old ? change(old) : old));
}

export function findCachedClaim(queryClient: QueryClient, articleId: string, claimId: string): Claim | undefined {
  return queryClient.getQueryData<Claim[]>(claimKeys.byArticle(articleId))?.find((c) => c.id === claimId);
}

/** Invalidates what a claim change makes stale: claim lists and the article list's verdict counts. */
export function invalidateAfterClaimChange(queryClient: QueryClient) {
  // While other claim writes are in flight a refetch would undo their optimistic state; the last one refetches.
  const othersPending = queryClient.isMutating({ mutationKey: claimKeys.mutations() }) > 1;
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: articleKeys.lists() }),
    othersPending ? undefined : queryClient.invalidateQueries({ queryKey: claimKeys.lists() }),
  ]);
}
