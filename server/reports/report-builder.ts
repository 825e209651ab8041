// Runs report builds in one lazily started worker thread (jobs queue there one at a time), off the event loop, with
// a bounded heap.
import type { Worker } from 'node:worker_threads';
import { HttpError } from '../errors.ts';
import { startWorker, workerModule } from '../start-worker.ts';
import type { BuildJob } from './build-report.ts';

export interface ReportBuilder {
  build(job: BuildJob): Promise<string | Uint8Array>;
  close(): Promise<void>;
}

/**
 * The worker's heap limit, in MB: an HTML report of 20,000 claims (28 MB of text) builds well within it. A build that
 * needs more stops the worker (ERR_WORKER_OUT_OF_MEMORY) and fails alone, instead of the server's memory growing.
 */
export const REPORT_WORKER_HEAP_MB = 512;

type Waiting = { resolve: (file: string | Uint8Array) => void; reject: (error: Error) => void };

/** `heapMb`: the worker's heap limit (default REPORT_WORKER_HEAP_MB). */
export function createReportBuilder({ heapMb = REPORT_WORKER_HEAP_MB }: { heapMb?: number } = {}): ReportBuilder {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const fail = (stopped: Worker, error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    if (worker === stopped) worker = null;
  };

  const start = () => {
    const w = startWorker(workerModule('./report-worker', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    w.on('message', (message: { id: number; ok: boolean; file?: string | Uint8Array; message?: string }) => {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      if (message.ok) entry.resolve(message.file!);
      else entry.reject(new Error(`report build failed: ${message.message}`));
    });
    w.on('error', (error: Error & { code?: string }) =>
      fail(
        w,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new HttpError(503, 'report_failed', 'The report needed more memory than a report may use: narrow the scope, or download it in parts', 'format')
          : error,
      ),
    );
    w.on('exit', (code) => fail(w, new Error(`report worker stopped (${code})`)));
    w.unref();
    return w;
  };

  return {
    build(job) {
      worker ??= start();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker!.postMessage({ id, job });
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
