// POST /api/articles/:id/restore: undoes a delete, with the article's claims.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Article } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';

export const restoreArticle = (articleId: string) =>
  apiRequest<Article>(`/articles/${encodeURIComponent(articleId)}/restore`, { method: 'POST' });

/** Refetches what a restored article reappears in: article lists and details, and claim lists. */
export function refreshAfterRestore(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: articleKeys.all }),
    queryClient.invalidateQueries({ queryKey: claimKeys.lists() }),
  ]);
}

export function useRestoreArticle() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: restoreArticle, onSuccess: () => refreshAfterRestore(queryClient) });
}
