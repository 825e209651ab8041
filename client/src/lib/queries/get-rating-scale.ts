// GET /api/rating-scale: the desk's verdicts, which every view that shows, filters, counts, colours, orders or
// shortcuts a verdict reads. Shared (not in features/rating-scale) because the workbench, the queue, the desk chart
// and the article list all need it, and features do not import each other.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DEFAULT_RATING_SCALE, type RatingScale } from '@domain/rating-scale.ts';
import { apiRequest } from '../api-client.ts';
import { ratingScaleKeys } from './rating-scale-keys.ts';

export const getRatingScale = (signal?: AbortSignal) => apiRequest<RatingScale>('/rating-scale', { signal });

export const ratingScaleQueryOptions = () =>
  queryOptions({ queryKey: ratingScaleKeys.current(), queryFn: ({ signal }) => getRatingScale(signal), staleTime: 5 * 60_000 });

/** The query itself, for the Rating scale page (loading and error states). */
export const useRatingScaleQuery = () => useQuery(ratingScaleQueryOptions());

/**
 * The desk's scale for views that only read it: the default scale until the desk's arrives (or if it cannot be
 * loaded), so the workbench never waits on it; a claim whose verdict the default lacks shows its key until then.
 */
export function useRatingScale(): RatingScale {
  return useRatingScaleQuery().data ?? DEFAULT_RATING_SCALE;
}
