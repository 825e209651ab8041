// GET /api/claims/:id/history: the claim's audit entries, oldest first.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditEntry } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { historyKeys } from './history-keys.ts';

/** An entry as the API sends it (the store's claim and article ids are implied by the route). */
export type HistoryEntry = Pick<AuditEntry, 'id' | 'at' | 'userId' | 'action' | 'before' | 'after'>;

export const getHistory = (claimId: string, signal?: AbortSignal) =>
  apiRequest<HistoryEntry[]>(`/claims/${encodeURIComponent(claimId)}/history`, { signal });

export const historyQueryOptions = (claimId: string, version: number) =>
  queryOptions({ queryKey: historyKeys.detail(claimId, version), queryFn: ({ signal }) => getHistory(claimId, signal) });

export const useClaimHistory = (claimId: string, version: number, enabled: boolean) =>
  useQuery({ ...historyQueryOptions(claimId, version), enabled, placeholderData: keepPreviousData });
