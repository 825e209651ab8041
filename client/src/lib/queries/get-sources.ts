// GET /api/sources: every source with its names and aliases.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Source } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { sourceKeys } from './source-keys.ts';

export const getSources = (signal?: AbortSignal) => apiRequest<Source[]>('/sources', { signal });

export const sourcesQueryOptions = () =>
  queryOptions({ queryKey: sourceKeys.lists(), queryFn: ({ signal }) => getSources(signal), staleTime: 5 * 60_000 });

export const useSources = () => useQuery(sourcesQueryOptions());
