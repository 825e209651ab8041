// POST /api/claims/:id/withdraw-approval (editors): take an approval back with a reason, naming the version the
// editor looked at; the claim is pending review again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WithdrawApprovalBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimActionFailed, claimSaved } from './queue-cache.ts';
import { reviewKeys } from './review-keys.ts';

export const withdrawApproval = (claimId: string, body: WithdrawApprovalBody) =>
  apiRequest<Claim>(`/claims/${encodeURIComponent(claimId)}/withdraw-approval`, { method: 'POST', body });

export function useWithdrawApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...reviewKeys.mutations(), 'withdraw'],
    mutationFn: ({ claim, reason }: { claim: Claim; reason: string }) => withdrawApproval(claim.id, { reason, version: claim.version }),
    onSuccess: (saved) => claimSaved(queryClient, saved),
    onError: (error, { claim }) => claimActionFailed(queryClient, claim.id, 'withdraw', error),
  });
}
