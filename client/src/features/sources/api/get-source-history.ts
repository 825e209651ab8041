// GET /api/sources/:id/history (editors): every change to the source, oldest first, who made it and when.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SourceAuditEntry } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { sourceKeys } from '../../../lib/queries/source-keys.ts';

export const getSourceHistory = (sourceId: string, signal?: AbortSignal) =>
  apiRequest<SourceAuditEntry[]>(`/sources/${encodeURIComponent(sourceId)}/history`, { signal });

/** Keyed by the source's `updatedAt`: a save or a merge into it changes that, and the history is read again. */
export const useSourceHistory = (sourceId: string, updatedAt: string, enabled: boolean) =>
  useQuery({
    queryKey: [...sourceKeys.all, 'history', sourceId, updatedAt] as const,
    queryFn: ({ signal }) => getSourceHistory(sourceId, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
