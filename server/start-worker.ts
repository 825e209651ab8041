// Starts worker threads on our own modules, whether the server runs its TypeScript sources (tests, `npm run dev`:
// the worker registers tsx first, through tsx-worker.mjs) or the compiled build in dist/ (plain JavaScript, no tsx).
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker's own module, as the compiled build has it or as tsx-worker.mjs loads it from the sources. */
export interface WorkerEntry {
  filename: URL;
  workerData?: { entry: string };
}

/**
 * The module `name` beside `base` (the caller's import.meta.url): `name.ts` when the caller runs from the sources,
 * `name.js` when it runs from the build, where tsc has compiled every `.ts` beside its neighbours.
 */
export function workerModule(name: string, base: string): URL {
  return new URL(`${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

/** What a Worker (or piscina) starts to run `entry`: the module itself, or for TypeScript the tsx shim naming it. */
export function workerEntry(entry: URL): WorkerEntry {
  if (!entry.pathname.endsWith('.ts')) return { filename: entry };
  return { filename: new URL('./tsx-worker.mjs', import.meta.url), workerData: { entry: entry.href } };
}

export function startWorker(entry: URL, options: Omit<WorkerOptions, 'eval' | 'workerData'> = {}): Worker {
  const { filename, workerData } = workerEntry(entry);
  return new Worker(filename, { ...options, workerData });
}
