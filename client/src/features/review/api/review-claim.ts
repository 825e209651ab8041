// POST /api/claims/:id/review (editors): approve the verdict, or return the claim with a comment, naming the
// version the editor looked at.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewBody } from '../../../../../domain/requests.ts';
import type { Claim } from '../../../../../domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
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
  return useMutation({
    mutationKey: [...reviewKeys.mutations(), 'decide'],
    mutationFn: ({ claim, decision, comment = '' }: ReviewInput) =>
      reviewClaim(claim.id, { decision, comment, version: claim.version }),
    onSuccess: (saved) => claimSaved(queryClient, saved),
    onError: (error, { claim, decision }) =>
      claimActionFailed(queryClient, claim.id, decision, error),
  });
}
