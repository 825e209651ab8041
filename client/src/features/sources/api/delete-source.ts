// DELETE /api/sources/:id (editors), with `moveClaimsTo` naming the source that takes its claims when claims use it
// (else the server answers 409 source_in_use, naming that field).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { sourceKeys } from '../../../lib/queries/source-keys.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export interface DeleteSourceInput {
  sourceId: string;
  moveClaimsTo?: string | undefined;
}

export const deleteSource = ({ sourceId, moveClaimsTo }: DeleteSourceInput) =>
  apiRequest<void>(`/sources/${encodeURIComponent(sourceId)}${moveClaimsTo ? `?moveClaimsTo=${encodeURIComponent(moveClaimsTo)}` : ''}`, { method: 'DELETE' });

export function useDeleteSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSource,
    onSuccess: () =>
      Promise.all([sourceKeys.all, claimKeys.all, suggestionKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
