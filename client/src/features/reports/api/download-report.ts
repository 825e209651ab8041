// GET /api/reports: one report file, received with progress (PDFs and packages take seconds to build; the data
// exports are streamed while the server makes them), saved under the server's file name; with, for a publication
// format, how many claims its ClaimReview leaves out because they are on no published page.
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { UNPUBLISHED_CLAIMS_HEADER } from '@domain/reports/formats.ts';
import { apiFile } from '../../../lib/api-client.ts';
import { fileNameFromDisposition } from '../content-disposition.ts';
import { saveFile } from '../save-file.ts';
import { reportKeys } from './report-keys.ts';
import { isTooManyExports, retryAfterMs, wait } from './retry-after.ts';

/** Times a download refused with 429 is asked again (after the server's Retry-After) before the refusal is shown. */
const RETRIES = 3;

export interface DownloadProgress {
  /** Set while waiting to ask again after a 429: the seconds to wait, and whose exports were too many. */
  waiting?: { seconds: number; kind: 'user' | 'server' };
  /** Null until the server answers (at once for a streamed export; a PDF is built whole first). */
  fileName: string | null;
  received: number;
  /** From Content-Length; null when the server did not say (a streamed export: its size is known at the end). */
  total: number | null;
}

export interface DownloadedReport {
  blob: Blob;
  fileName: string;
  /** A publication format's: how many claims of the scope its ClaimReview leaves out, on no published page. */
  unpublished: number | null;
}

/** What UNPUBLISHED_CLAIMS_HEADER says, when the server sent it. */
function unpublishedOf(headers: Headers): number | null {
  const value = headers.get(UNPUBLISHED_CLAIMS_HEADER);
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** Fetches the report for `params`, reporting each chunk as it arrives. */
export async function downloadReport(
  params: Record<string, string>,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedReport> {
  onProgress({ fileName: null, received: 0, total: null });
  let response: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await apiFile(`/reports?${new URLSearchParams(params)}`, signal);
      break;
    } catch (error) {
      // Another download of this person (another tab), or the server's limit: wait as the server asks, then ask again.
      if (!isTooManyExports(error) || attempt >= RETRIES) throw error;
      const kind = error.params.kind === 'server' ? 'server' : 'user';
      onProgress({ fileName: null, received: 0, total: null, waiting: { seconds: retryAfterMs(error) / 1000, kind } });
      await wait(retryAfterMs(error), signal);
      onProgress({ fileName: null, received: 0, total: null });
    }
  }
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? `report.${params.format ?? 'bin'}`;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const unpublished = unpublishedOf(response.headers);
  onProgress({ fileName, received: 0, total });
  if (!response.body) return { blob: await response.blob(), fileName, unpublished };
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ fileName, received, total });
  }
  return { blob: new Blob(chunks, { type }), fileName, unpublished };
}

/** The download as a mutation, with its progress and a way to cancel it. */
export function useDownloadReport() {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationKey: reportKeys.download(),
    mutationFn: (params: Record<string, string>) => {
      controller.current = new AbortController();
      return downloadReport(params, setProgress, controller.current.signal);
    },
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
    onSettled: () => {
      controller.current = null;
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, progress, cancel };
}
