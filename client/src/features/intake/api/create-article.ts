// POST /api/articles: adds an article from text or HTML; the article list is refetched to show it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateArticleBody } from '@domain/requests.ts';
import type { Article } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { intakeKeys } from './intake-keys.ts';

export const createArticle = (body: CreateArticleBody) => apiRequest<Article>('/articles', { method: 'POST', body });

export function useCreateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createArticle,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: articleKeys.lists() }),
        // Previews now name the new article as a duplicate.
        queryClient.invalidateQueries({ queryKey: intakeKeys.all }),
      ]),
  });
}
