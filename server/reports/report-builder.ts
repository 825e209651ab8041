// Runs report builds in one lazily started worker thread (jobs queue there one at a time), off the event loop.
import { Worker } from 'node:worker_threads';
import type { BuildJob } from './build-report.ts';

export interface ReportBuilder {
  build(job: BuildJob): Promise<string | Uint8Array>;
  close(): Promise<void>;
}

type Waiting = { resolve: (file: string | Uint8Array) => void; reject: (error: Error) => void };

export function createReportBuilder(): ReportBuilder {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();

  const fail = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    worker = null;
  };

  const start = () => {
    // The worker registers tsx's loader first, then imports the TypeScript entry, as the server itself runs.
    const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(require('node:worker_threads').workerData.entry); })`;
    const w = new Worker(bootstrap, { eval: true, workerData: { entry: new URL('./report-worker.ts', import.meta.url).href } });
    w.on('message', (message: { id: number; ok: boolean; file?: string | Uint8Array; message?: string }) => {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      if (message.ok) entry.resolve(message.file!);
      else entry.reject(new Error(`report build failed: ${message.message}`));
    });
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`report worker stopped (${code})`)));
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
