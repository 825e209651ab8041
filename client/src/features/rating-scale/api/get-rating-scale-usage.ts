// GET /api/rating-scale/usage: how many live claims have each verdict, so the page asks where the claims of a
// deleted verdict go before the user saves.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { ratingScaleKeys } from '../../../lib/queries/rating-scale-keys.ts';

export interface VerdictUsage {
  counts: Record<string, number>;
}

export const getRatingScaleUsage = (signal?: AbortSignal) => apiRequest<VerdictUsage>('/rating-scale/usage', { signal });

export const ratingScaleUsageQueryOptions = () =>
  queryOptions({
    queryKey: ratingScaleKeys.usage(),
    queryFn: ({ signal }) => getRatingScaleUsage(signal),
    // Claims change verdict in every workbench: counted again each time the page asks.
    staleTime: 0,
  });

export const useRatingScaleUsage = () => useQuery(ratingScaleUsageQueryOptions());
