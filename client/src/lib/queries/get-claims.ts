// GET /api/claims?articleId=…: the claims of one article (or any filter), kept apart from the article's text.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { ClaimsQuery } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { claimKeys } from './claim-keys.ts';

export function getClaims(query: ClaimsQuery, signal?: AbortSignal) {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  return apiRequest<Claim[]>(`/claims?${params}`, { signal });
}

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
