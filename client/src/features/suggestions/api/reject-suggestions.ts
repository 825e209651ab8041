// POST /api/articles/:id/suggestions/reject: the server remembers the rejection and never proposes them again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RejectSuggestionsBody } from '../../../../../domain/requests.ts';
import type { Suggestion } from '../../../../../domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { invalidateSuggestionsWhenIdle, updateCachedSuggestions } from './get-suggestions.ts';
import { suggestionKeys } from './suggestion-keys.ts';

export interface RejectSuggestionsInput {
  articleId: string;
  suggestions: Suggestion[];
}

export const rejectSuggestions = (articleId: string, body: RejectSuggestionsBody) =>
  apiRequest<{ rejected: number }>(`/articles/${encodeURIComponent(articleId)}/suggestions/reject`, { method: 'POST', body });

export function useRejectSuggestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...suggestionKeys.mutations(), 'reject'],
    mutationFn: ({ articleId, suggestions }: RejectSuggestionsInput) =>
      rejectSuggestions(articleId, { suggestions: suggestions.map(({ key }) => ({ key })) }),
    onMutate: async ({ articleId, suggestions }) => {
      await queryClient.cancelQueries({ queryKey: suggestionKeys.byArticle(articleId) });
      const keys = new Set(suggestions.map((s) => s.key));
      const previous = queryClient.getQueryData<Suggestion[]>(suggestionKeys.byArticle(articleId));
      updateCachedSuggestions(queryClient, articleId, (all) => all.filter((s) => !keys.has(s.key)));
      return { previous };
    },
    onError: (_error, { articleId }, context) => {
      if (context?.previous) queryClient.setQueryData(suggestionKeys.byArticle(articleId), context.previous);
    },
    onSettled: (_result, _error, { articleId }) =>
      invalidateSuggestionsWhenIdle(queryClient, articleId),
  });
}
