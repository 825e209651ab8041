// Sources take part in matching at once: when the source list changes (one added here or elsewhere), every
// article's suggestions are fetched again so the new names and aliases can find speakers.
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSources } from '../../lib/queries/get-sources.ts';
import { suggestionKeys } from '../../lib/queries/suggestion-keys.ts';

export function useRefreshOnSourceChange() {
  const queryClient = useQueryClient();
  const { data: sources } = useSources();
  const seen = useRef(sources);
  useEffect(() => {
    // React Query keeps the same array when a refetch brings nothing new, so a new reference means a real change.
    if (seen.current && sources && seen.current !== sources) {
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.all });
    }
    seen.current = sources;
  }, [sources, queryClient]);
}
