// PATCH /api/settings (editors): the newsroom's name and site; the cache takes the server's answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateSettingsBody } from '@domain/requests.ts';
import type { Settings } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { settingsKeys } from '../../../lib/queries/settings-keys.ts';

export const updateSettings = (body: UpdateSettingsBody) => apiRequest<Settings>('/settings', { method: 'PATCH', body });

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (saved) => queryClient.setQueryData(settingsKeys.current(), saved),
  });
}
