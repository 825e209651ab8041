// PUT /api/rating-scale (editors): the new scale, the version it was edited from and where the claims of deleted
// verdicts go. The cache takes the server's scale; claims, articles and the queue (whose verdicts may have moved)
// and the usage counts are read again (everything under ratingScaleKeys.all).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RatingScale, RatingScaleBody } from '@domain/rating-scale.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { ratingScaleKeys } from '../../../lib/queries/rating-scale-keys.ts';

export type RatingScaleUpdateBody = RatingScaleBody & { version: number; moves?: Record<string, string> };

export const updateRatingScale = (body: RatingScaleUpdateBody) =>
  apiRequest<RatingScale>('/rating-scale', { method: 'PUT', body });

export function useUpdateRatingScale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...ratingScaleKeys.all, 'update'],
    mutationFn: updateRatingScale,
    onSuccess: (saved) => {
      queryClient.setQueryData(ratingScaleKeys.current(), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all }),
        queryClient.invalidateQueries({ queryKey: claimKeys.all }),
        queryClient.invalidateQueries({ queryKey: articleKeys.all }),
      ]);
    },
  });
}
