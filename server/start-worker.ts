// Starts a worker thread on one of our TypeScript modules: the worker registers tsx's loader first, then imports the
// entry, as the server itself runs (the pattern of server/reports/report-builder.ts).
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startTsWorker(entry: URL, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(require('node:worker_threads').workerData.entry); })`;
  return new Worker(bootstrap, { ...options, eval: true, workerData: { entry: entry.href } });
}
