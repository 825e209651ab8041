// GET /api/claims/summary: how many claims a report's scope holds, and how many of them an editor approved.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClaimsQuery } from '@domain/requests.ts';
import type { ReviewState, Verdict } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reportKeys } from './report-keys.ts';

/** The fields of the server's ClaimsSummary this screen reads. */
export interface ScopeSummary {
  total: number;
  byVerdict: Record<Verdict, number>;
  byReview: Record<ReviewState, number>;
}

export function getScopeSummary(query: ClaimsQuery, signal?: AbortSignal) {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  return apiRequest<ScopeSummary>(`/claims/summary?${params}`, { signal });
}

export const scopeSummaryQueryOptions = (query: ClaimsQuery) =>
  queryOptions({
    queryKey: reportKeys.scopeSummary(query),
    queryFn: ({ signal }) => getScopeSummary(query, signal),
    // Claims change on other screens: count afresh each time the export screen opens.
    staleTime: 0,
  });

export const useScopeSummary = (query: ClaimsQuery, enabled: boolean) =>
  useQuery({ ...scopeSummaryQueryOptions(query), enabled });
