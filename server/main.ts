// Entry point: reads PORT, HOST and DATA_DIR, starts the server and prints where it listens.
import { fileURLToPath } from 'node:url';
import { StoreFileError } from './store/durable-json-file.ts';
import { startServer } from './start.ts';

const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data/', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? 'localhost';

try {
  const server = await startServer({ dataDir, port, host });
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
