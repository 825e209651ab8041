// GET /api/reports?format=html: the HTML report as text, for the sandboxed preview frame.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFile } from '../../../lib/api-client.ts';
import { isTooManyExports, retryAfterMs } from './retry-after.ts';
import { reportKeys } from './report-keys.ts';

export async function getReportPreview(params: Record<string, string>, signal?: AbortSignal): Promise<string> {
  // As a preview, it may be built while this person downloads a file (see server/reports/export-limiter.ts).
  const response = await apiFile(`/reports?${new URLSearchParams({ ...params, format: 'html', purpose: 'preview' })}`, signal);
  return response.text();
}

/** The preview is the HTML report whatever the format chosen: choosing another format builds no new preview. */
const previewParams = ({ format: _format, ...params }: Record<string, string>) => params;

export const reportPreviewQueryOptions = (params: Record<string, string>) =>
  queryOptions({
    queryKey: reportKeys.preview(previewParams(params)),
    queryFn: ({ signal }) => getReportPreview(previewParams(params), signal),
    staleTime: 0,
    // Past the server's limit of reports built at once, the server answers 429: ask again after its Retry-After.
    retry: (failures, error) => isTooManyExports(error) && failures < 20,
    retryDelay: (_failures, error) => retryAfterMs(error),
  });

export const useReportPreview = (params: Record<string, string>, enabled: boolean) =>
  // The last preview stays in view while the next one is built, rather than a blank frame at every change.
  useQuery({ ...reportPreviewQueryOptions(params), enabled, placeholderData: keepPreviousData });
