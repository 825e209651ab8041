// GET /api/articles/:id/suggestions: the statements the detector proposes that nobody accepted or rejected yet.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Suggestion } from '../../../../../domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { suggestionKeys } from './suggestion-keys.ts';

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

export const useSuggestions = (articleId: string) => useQuery(suggestionsQueryOptions(articleId));

/** Rewrites the cached suggestions of one article (optimistic removal); a no-op when nothing is cached. */
export function updateCachedSuggestions(
  queryClient: QueryClient,
  articleId: string,
  change: (suggestions: Suggestion[]) => Suggestion[],
) {
  queryClient.setQueryData<Suggestion[]>(suggestionKeys.byArticle(articleId), (old) => (old ? change(old) : old));
}
