// PATCH /api/sources/:id (editors): names, kind, country, sameAs, people and institutions. A source's people change
// who suggestions attribute statements to, so the article's suggestions are asked for again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateSourceBody } from '@domain/requests.ts';
import type { Source } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { sourceKeys } from '../../../lib/queries/source-keys.ts';
import { suggestionKeys } from '../../../lib/queries/suggestion-keys.ts';

export interface UpdateSourceInput {
  sourceId: string;
  changes: UpdateSourceBody;
}

export const updateSource = ({ sourceId, changes }: UpdateSourceInput) =>
  apiRequest<Source>(`/sources/${encodeURIComponent(sourceId)}`, { method: 'PATCH', body: changes });

export function useUpdateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSource,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: sourceKeys.all }), queryClient.invalidateQueries({ queryKey: suggestionKeys.all })]),
  });
}
