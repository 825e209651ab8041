// GET /api/settings: the newsroom's name and site, which sign published reports (ClaimReview's author).
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Settings } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { settingsKeys } from './settings-keys.ts';

export const getSettings = (signal?: AbortSignal) => apiRequest<Settings>('/settings', { signal });

export const settingsQueryOptions = () =>
  queryOptions({ queryKey: settingsKeys.current(), queryFn: ({ signal }) => getSettings(signal) });

export const useSettings = () => useQuery(settingsQueryOptions());
