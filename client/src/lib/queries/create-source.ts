// POST /api/sources: adds a source on the spot and puts it in the cached list at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSourceBody } from '@domain/requests.ts';
import type { Source } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { sourceKeys } from './source-keys.ts';

export const createSource = (body: CreateSourceBody) => apiRequest<Source>('/sources', { method: 'POST', body });

export function useCreateSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSource,
    onSuccess: (source) => {
      queryClient.setQueryData<Source[]>(sourceKeys.lists(), (old) => (old ? [...old, source] : [source]));
      return queryClient.invalidateQueries({ queryKey: sourceKeys.all });
    },
  });
}
