// Query keys of the review desk; under the claims prefix, so a claim change anywhere can refresh the counts.
import type { ClaimsQuery } from '@domain/requests.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';

export const reviewKeys = {
  summaries: () => [...claimKeys.all, 'summary'] as const,
  summary: (query: ClaimsQuery) => [...reviewKeys.summaries(), query] as const,
  mutations: () => [...claimKeys.mutations(), 'review'] as const,
};
