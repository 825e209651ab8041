// GET /api/setup: whether Claimdesk still needs its first editor.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { sessionKeys } from '../../../lib/auth/session-keys.ts';

export const getSetup = (signal?: AbortSignal) => apiRequest<{ needed: boolean }>('/setup', { signal });

export const setupQueryOptions = () => queryOptions({ queryKey: sessionKeys.setup(), queryFn: ({ signal }) => getSetup(signal) });

export const useSetup = (enabled: boolean) => useQuery({ ...setupQueryOptions(), enabled });
