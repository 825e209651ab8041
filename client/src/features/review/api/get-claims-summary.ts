// GET /api/claims/summary: counts of the claims a filter lets through, by verdict, review state and source.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClaimsQuery } from '@domain/requests.ts';
import type { ClaimsSummary } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { queryString } from '../queue-params.ts';
import { reviewKeys } from './review-keys.ts';

export type { ClaimsSummary };

export const getClaimsSummary = (query: ClaimsQuery, signal?: AbortSignal) =>
  apiRequest<ClaimsSummary>(`/claims/summary?${queryString(query)}`, { signal });

export const claimsSummaryQueryOptions = (query: ClaimsQuery) =>
  queryOptions({
    queryKey: reviewKeys.summary(query),
    queryFn: ({ signal }) => getClaimsSummary(query, signal),
    // Counts change with every edit in any workbench: read them again whenever the desk opens.
    staleTime: 0,
  });

export const useClaimsSummary = (query: ClaimsQuery) => useQuery(claimsSummaryQueryOptions(query));
