// POST /api/articles/:id/suggestions/accept: suggestions become claims (all or none). The accepted ones leave the
// suggestion list at once; the new claims join the article's claims when the server answers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptSuggestionsBody } from '@domain/requests.ts';
import type { Claim, Suggestion } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { invalidateAfterClaimChange, updateCachedClaims } from '../../../lib/queries/get-claims.ts';
import { hideSuggestions, invalidateSuggestionsWhenIdle, restoreSuggestions } from './get-suggestions.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export interface AcceptSuggestionsInput {
  articleId: string;
  /** Each with the source to attribute it to: the suggested one, or the one the user picked. */
  suggestions: (Suggestion & { sourceId: string })[];
}

export const acceptSuggestions = (articleId: string, body: AcceptSuggestionsBody) =>
  apiRequest<Claim[]>(`/articles/${encodeURIComponent(articleId)}/suggestions/accept`, { method: 'POST', body });

export function useAcceptSuggestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...suggestionKeys.mutations(), 'accept'],
    mutationFn: ({ articleId, suggestions }: AcceptSuggestionsInput) =>
      acceptSuggestions(articleId, {
        suggestions: suggestions.map(({ key, start, end, exact, sourceId }) => ({ key, start, end, exact, sourceId })),
      }),
    onMutate: ({ articleId, suggestions }) => hideSuggestions(queryClient, articleId, suggestions),
    onError: (_error, { articleId }, context) => restoreSuggestions(queryClient, articleId, context),
    onSuccess: (claims, { articleId }) => {
      const made = new Set(claims.map((c) => c.id));
      updateCachedClaims(queryClient, articleId, (old) => [...old.filter((c) => !made.has(c.id)), ...claims]);
    },
    onSettled: (_claims, _error, { articleId }) =>
      Promise.all([
        invalidateAfterClaimChange(queryClient),
        queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) }),
        invalidateSuggestionsWhenIdle(queryClient, articleId),
      ]),
  });
}
