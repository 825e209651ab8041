// POST /api/articles/:id/publication (editors): publish or republish the approved claims; the cache takes the answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicationStatus } from '@domain/publication/status.ts';
import type { PublishBody } from '@domain/requests.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { publicationKeys } from './publication-keys.ts';

export const publish = (articleId: string, body: PublishBody) =>
  apiRequest<PublicationStatus>(`/articles/${encodeURIComponent(articleId)}/publication`, { method: 'POST', body });

export function usePublish(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishBody) => publish(articleId, body),
    onSuccess: (status) => queryClient.setQueryData(publicationKeys.ofArticle(articleId), status),
  });
}
