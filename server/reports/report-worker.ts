// The worker thread that builds reports, so that a large export never blocks the server's event loop.
import { parentPort } from 'node:worker_threads';
import { buildReportFile, type BuildJob } from './build-report.ts';

parentPort!.on('message', async ({ id, job }: { id: number; job: BuildJob }) => {
  try {
    const file = await buildReportFile(job);
    const transfer = typeof file === 'string' ? [] : [file.buffer as ArrayBuffer];
    parentPort!.postMessage({ id, ok: true, file }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
