// POST /api/articles/:id/claims: makes a claim; the new claim joins the article's cached list when the server answers.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateClaimBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { invalidateAfterClaimChange, updateCachedClaims } from '../../../lib/queries/get-claims.ts';

export interface CreateClaimInput {
  articleId: string;
  body: CreateClaimBody;
}

export const createClaim = ({ articleId, body }: CreateClaimInput) =>
  apiRequest<Claim>(`/articles/${encodeURIComponent(articleId)}/claims`, { method: 'POST', body });

export function useCreateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: claimKeys.create(),
    mutationFn: createClaim,
    onSuccess: (claim, { articleId }) => {
      updateCachedClaims(queryClient, articleId, (claims) => [...claims.filter((c) => c.id !== claim.id), claim]);
      return invalidateAfterClaimChange(queryClient);
    },
  });
}
