// Entry point: reads the settings from the environment (server/config.ts), starts the server, logs where it listens,
// and stops it gracefully on SIGTERM or SIGINT (server/shutdown.ts). `npm start` runs its compiled form, dist/server/main.js.
import { ConfigError, readConfig, type ServerConfig } from './config.ts';
import { createLogger } from './logging.ts';
import { stopOnSignals } from './shutdown.ts';
import { StoreFileError } from './store/durable-json-file.ts';
import { DatabaseConnectionError } from './store/postgres/connection.ts';
import { PendingMigrationsError } from './store/postgres/pg-store.ts';
import type { JournalOptions } from './store/journaled-json-file.ts';
import { startServer } from './start.ts';

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message); // before there is a log level to log at
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const { dataDir, databaseUrl, port, host, secureCookies, trustProxy, publicBaseUrl, compactAfterBytes, crashAfterCompactionStep } = config;
const store: JournalOptions = {
  ...(compactAfterBytes !== undefined && { compactAfterBytes }),
  ...(crashAfterCompactionStep && {
    onCompactionStep: (step: string) => {
      if (step === crashAfterCompactionStep) process.kill(process.pid, 'SIGKILL');
    },
  }),
};
try {
  const server = await startServer({ dataDir, databaseUrl, port, host, secureCookies, trustProxy, publicBaseUrl, store, logger });
  const seeded = server.seeded ? ', seeded with the demo article' : '';
  logger.info({ url: server.url, store: server.storeFile, seeded: server.seeded }, `Claimdesk is running at ${server.url}  (store: ${server.storeFile}${seeded})`);
  stopOnSignals(() => server.drain(), logger, config.shutdownTimeoutMs);
} catch (error) {
  // A store that cannot be used stops the start with its reason (never a connection string's password).
  if (!(error instanceof StoreFileError || error instanceof PendingMigrationsError || error instanceof DatabaseConnectionError)) throw error;
  logger.fatal(error.message);
  process.exit(1);
}
