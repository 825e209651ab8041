// GET /api/reports?format=html: the HTML report as text, for the sandboxed preview frame.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFile } from '../../../lib/api-client.ts';
import { reportKeys } from './report-keys.ts';

export async function getReportPreview(params: Record<string, string>, signal?: AbortSignal): Promise<string> {
  const response = await apiFile(`/reports?${new URLSearchParams({ ...params, format: 'html' })}`, signal);
  return response.text();
}

export const reportPreviewQueryOptions = (params: Record<string, string>) =>
  queryOptions({
    queryKey: reportKeys.preview(params),
    queryFn: ({ signal }) => getReportPreview(params, signal),
    staleTime: 0,
  });

export const useReportPreview = (params: Record<string, string>, enabled: boolean) =>
  // The last preview stays in view while the next one is built, rather than a blank frame at every change.
  useQuery({ ...reportPreviewQueryOptions(params), enabled, placeholderData: keepPreviousData });
