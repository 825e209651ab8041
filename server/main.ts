// Entry point: reads PORT, HOST, DATA_DIR and CLAIMDESK_COMPACT_BYTES, starts the server and prints where it listens.
import { fileURLToPath } from 'node:url';
import { StoreFileError } from './store/durable-json-file.ts';
import { COMPACTION_STEPS, type JournalOptions } from './store/journaled-json-file.ts';
import { startServer } from './start.ts';

const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data/', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';

function storeOptions(env: NodeJS.ProcessEnv): JournalOptions {
  const options: JournalOptions = {};
  if (env.CLAIMDESK_COMPACT_BYTES !== undefined) {
    if (!/^\d+$/.test(env.CLAIMDESK_COMPACT_BYTES)) throw new Error(`CLAIMDESK_COMPACT_BYTES must be a number of bytes, not "${env.CLAIMDESK_COMPACT_BYTES}"`);
    options.compactAfterBytes = Number(env.CLAIMDESK_COMPACT_BYTES);
  }
  // For tests/server/compaction-crash.test.ts only: the process kills itself right after this step of a snapshot rewrite.
  const crashAfter = env.CLAIMDESK_TEST_CRASH_AFTER_COMPACTION_STEP;
  if (crashAfter !== undefined) {
    if (!(COMPACTION_STEPS as readonly string[]).includes(crashAfter)) throw new Error(`unknown compaction step "${crashAfter}"`);
    options.onCompactionStep = (step) => {
      if (step === crashAfter) process.kill(process.pid, 'SIGKILL');
    };
  }
  return options;
}

try {
  const server = await startServer({ dataDir, port, host, store: storeOptions(process.env) });
  console.log(`Claimdesk is running at ${server.url}  (store: ${server.storeFile}${server.seeded ? ', seeded with the demo article' : ''})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof StoreFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
