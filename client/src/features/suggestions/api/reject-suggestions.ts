// POST /api/articles/:id/suggestions/reject: the server remembers the rejection and never proposes them again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RejectSuggestionsBody } from '@domain/requests.ts';
import type { Suggestion } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { hideSuggestions, invalidateSuggestionsWhenIdle, restoreSuggestions } from './get-suggestions.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

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
    onMutate: ({ articleId, suggestions }) => hideSuggestions(queryClient, articleId, suggestions),
    onError: (_error, { articleId }, context) => restoreSuggestions(queryClient, articleId, context),
    onSettled: (_result, _error, { articleId }) =>
      invalidateSuggestionsWhenIdle(queryClient, articleId),
  });
}
