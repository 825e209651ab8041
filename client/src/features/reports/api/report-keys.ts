// Query and mutation keys for reports: the scope's claim counts, the HTML preview, and downloads.
import type { ClaimsQuery } from '@domain/requests.ts';

export const reportKeys = {
  all: ['reports'] as const,
  scopeSummary: (query: ClaimsQuery) => [...reportKeys.all, 'scope-summary', query] as const,
  preview: (params: Record<string, string>) => [...reportKeys.all, 'preview', params] as const,
  download: () => [...reportKeys.all, 'download'] as const,
};
