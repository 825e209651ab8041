// GET /api/articles/:id/suggestions: the statements the detector proposes that nobody accepted or rejected yet.
import { useMemo } from 'react';
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { coveredByClaims } from '@domain/claim-overlaps.ts';
import type { Suggestion } from '@domain/schemas.ts';
import { byScore } from '@domain/suggestion-order.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useArticleClaims } from '../../../lib/queries/get-claims.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export const getSuggestions = (articleId: string, signal?: AbortSignal) =>
  apiRequest<Suggestion[]>(`/articles/${encodeURIComponent(articleId)}/suggestions`, { signal });

export const suggestionsQueryOptions = (articleId: string) =>
  queryOptions({
    queryKey: suggestionKeys.byArticle(articleId),
    queryFn: ({ signal }) => getSuggestions(articleId, signal),
  });

/** Refetch only when no other accept or reject is in flight, or the refetch would bring back their optimistic removals. */
export function invalidateSuggestionsWhenIdle(queryClient: QueryClient, articleId: string) {
  if (queryClient.isMutating({ mutationKey: suggestionKeys.mutations() }) > 1) return undefined;
  return queryClient.invalidateQueries({ queryKey: suggestionKeys.byArticle(articleId) });
}

/**
 * The open suggestions, surest first (issue 17, item 4: the list, its keys and "accept all" share this order), less
 * those a claim made since they were fetched covers: they leave as the claim appears.
 */
export function useSuggestions(articleId: string) {
  const query = useQuery(suggestionsQueryOptions(articleId));
  const claims = useArticleClaims(articleId).data;
  const data = useMemo(() => {
    if (!query.data) return query.data;
    return byScore(claims ? query.data.filter((s) => !coveredByClaims(claims, s)) : query.data);
  }, [claims, query.data]);
  return { ...query, data };
}

/**
 * Takes suggestions off the cached list at once (an accept or reject is on its way), returning what to put back if
 * the server refuses: the context of an optimistic mutation.
 */
export async function hideSuggestions(queryClient: QueryClient, articleId: string, hidden: readonly Suggestion[]) {
  const key = suggestionKeys.byArticle(articleId);
  await queryClient.cancelQueries({ queryKey: key });
  const previous = queryClient.getQueryData<Suggestion[]>(key);
  const keys = new Set(hidden.map((s) => s.key));
  queryClient.setQueryData<Suggestion[]>(key, (old) => old?.filter((s) => !keys.has(s.key)));
  return { previous };
}

/** Puts back what hideSuggestions took away, after a refusal. */
export function restoreSuggestions(queryClient: QueryClient, articleId: string, context: { previous?: Suggestion[] } | undefined) {
  if (context?.previous) queryClient.setQueryData(suggestionKeys.byArticle(articleId), context.previous);
}
