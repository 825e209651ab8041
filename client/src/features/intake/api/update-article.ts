// PATCH /api/articles/:id: metadata at any time, the text only while no claim points into it (409 otherwise).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateArticleBody } from '@domain/requests.ts';
import type { Article } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export interface UpdateArticleInput {
  articleId: string;
  changes: UpdateArticleBody;
}

export const updateArticle = ({ articleId, changes }: UpdateArticleInput) =>
  apiRequest<Article>(`/articles/${encodeURIComponent(articleId)}`, { method: 'PATCH', body: changes });

export function useUpdateArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateArticle,
    onSuccess: (_article, { articleId }) =>
      Promise.all([
        // The answer has no sentences: the detail is fetched again rather than patched.
        queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) }),
        queryClient.invalidateQueries({ queryKey: articleKeys.lists() }),
        // A new text or language changes what the detector finds.
        queryClient.invalidateQueries({ queryKey: suggestionKeys.byArticle(articleId) }),
      ]),
  });
}
