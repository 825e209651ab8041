// Reads and writes the review queue's filters in the URL query string.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'wouter';
import type { ClaimsQuery } from '@domain/requests.ts';
import { useRatingScale } from '../../lib/queries/get-rating-scale.ts';
import { queueQueryFromParams, type QueueFilter } from './queue-params.ts';

export function useQueueParams() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const scale = useRatingScale();
  const query: ClaimsQuery = useMemo(() => queueQueryFromParams(new URLSearchParams(search), scale), [search, scale]);
  /** Sets one filter (an empty value removes it); the view is replaced, not stacked, in the browser history. */
  const filterChanged = useCallback(
    (key: QueueFilter, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value === '') next.delete(key);
          else next.set(key, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { params, query, filterChanged };
}
