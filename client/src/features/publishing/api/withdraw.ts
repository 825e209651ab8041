// POST /api/articles/:id/publication/withdrawal (editors): take the public page down with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PublicationStatus } from '@domain/publication/status.ts';
import type { WithdrawBody } from '@domain/requests.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { publicationKeys } from './publication-keys.ts';

export const withdraw = (articleId: string, body: WithdrawBody) =>
  apiRequest<PublicationStatus>(`/articles/${encodeURIComponent(articleId)}/publication/withdrawal`, { method: 'POST', body });

export function useWithdraw(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WithdrawBody) => withdraw(articleId, body),
    onSuccess: (status) => queryClient.setQueryData(publicationKeys.ofArticle(articleId), status),
  });
}
