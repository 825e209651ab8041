// DELETE /api/articles/:id: hides the article and its claims (restorable); every list that showed them is refetched.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';

export const deleteArticle = (articleId: string) =>
  apiRequest<void>(`/articles/${encodeURIComponent(articleId)}`, { method: 'DELETE' });

export function useDeleteArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteArticle,
    onSuccess: (_nothing, articleId) => {
      queryClient.removeQueries({ queryKey: articleKeys.detail(articleId) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: articleKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: claimKeys.lists() }),
      ]);
    },
  });
}
