// The first module of a worker thread started on TypeScript sources (tests and `npm run dev`; see start-worker.ts):
// registers tsx's loader, then imports the module named in workerData. For piscina it passes on that module's
// default export, the task. The compiled build never loads this file: its workers start on their own .js modules.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.entry);

export default entry.default;
