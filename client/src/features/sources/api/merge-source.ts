// POST /api/sources/:id/merge (editors): the source's claims, aliases, people and institutions go to `into`; it is gone.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Source } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { sourceKeys } from '../../../lib/queries/source-keys.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export interface MergeSourceInput {
  sourceId: string;
  into: string;
}

export const mergeSource = ({ sourceId, into }: MergeSourceInput) =>
  apiRequest<{ source: Source; moved: number }>(`/sources/${encodeURIComponent(sourceId)}/merge`, { method: 'POST', body: { into } });

export function useMergeSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeSource,
    onSuccess: () =>
      Promise.all([sourceKeys.all, claimKeys.all, suggestionKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
