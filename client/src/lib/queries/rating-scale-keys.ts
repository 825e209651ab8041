// Query keys for the desk's rating scale (issue 18): a saved scale invalidates everything under `all`.
export const ratingScaleKeys = {
  all: ['rating-scale'] as const,
  current: () => [...ratingScaleKeys.all, 'current'] as const,
  usage: () => [...ratingScaleKeys.all, 'usage'] as const,
};
