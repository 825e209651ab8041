// POST /api/claims/:id/review (editors): approve the verdict, or return the claim with a comment, naming the
// version the editor looked at.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReviewBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { errorText } from '../../../i18n/error-text.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { claimActionFailed, claimSaved } from './queue-cache.ts';
import { reviewKeys } from './review-keys.ts';

export interface ReviewInput {
  claim: Claim;
  decision: ReviewBody['decision'];
  comment?: string;
}

export const reviewClaim = (claimId: string, body: ReviewBody) =>
  apiRequest<Claim>(`/claims/${encodeURIComponent(claimId)}/review`, { method: 'POST', body });

export function useReviewClaim() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('common');
  const { t: tError } = useTranslation('errors');
  return useMutation({
    mutationKey: [...reviewKeys.mutations(), 'decide'],
    mutationFn: ({ claim, decision, comment = '' }: ReviewInput) =>
      reviewClaim(claim.id, { decision, comment, version: claim.version }),
    onSuccess: (saved, { decision }) => {
      useUiStore.getState().announced(t(decision === 'approve' ? 'announce.approved' : 'announce.returned'));
      return claimSaved(queryClient, saved);
    },
    onError: (error, { claim, decision }) => {
      useUiStore.getState().announced(t('announce.reviewFailed', { reason: errorText(tError, error) }));
      return claimActionFailed(queryClient, claim.id, decision, error);
    },
  });
}
