// Entry point: reads the settings from the environment (server/config.ts), starts the server and prints where it listens.
import { ConfigError, readConfig } from './config.ts';
import { StoreFileError } from './store/durable-json-file.ts';
import type { JournalOptions } from './store/journaled-json-file.ts';
import { startServer } from './start.ts';

try {
  const config = readConfig(process.env);
  const { dataDir, port, host, secureCookies, trustProxy, publicBaseUrl, compactAfterBytes, crashAfterCompactionStep } = config;
  const store: JournalOptions = {
    ...(compactAfterBytes !== undefined && { compactAfterBytes }),
    ...(crashAfterCompactionStep && {
      onCompactionStep: (step: string) => {
        if (step === crashAfterCompactionStep) process.kill(process.pid, 'SIGKILL');
      },
    }),
  };
  const server = await startServer({ dataDir, port, host, secureCookies, trustProxy, publicBaseUrl, store });
  console.log(`Claimdesk is running at ${server.url}  (store: ${server.storeFile}${server.seeded ? ', seeded with the demo article' : ''})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof StoreFileError || error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
