// Starts Claimdesk on a data folder (lowdb) or a PostgreSQL database (DATABASE_URL): opens (or seeds) the store, builds
// the app and listens. Used by main.ts and e2e tests.
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createHtmlExtractor } from './intake/html-extractor.ts';
import type { Logger } from './logging.ts';
import { createSuggester } from './suggestions/suggester.ts';
import { createPdfRenderer } from './reports/pdf-renderer.ts';
import { createReportBuilder } from './reports/report-builder.ts';
import { openFileStore } from './store/file-store.ts';
import { createLowRepositoryStore } from './store/low-repositories.ts';
import type { JournalOptions } from './store/journaled-json-file.ts';
import { loadSeed } from './store/seed.ts';
import { openPostgresStore } from './store/postgres/pg-store.ts';
import { redactConnectionString } from './store/postgres/connection.ts';
import type { Store } from './store/repositories.ts';
import { isNewDesk, seedNewDesk } from './store/seed-store.ts';
import { projectPath } from './paths.ts';
import { drainable } from './shutdown.ts';

export const DEFAULT_CLIENT_DIR = projectPath('client/dist/');

export interface StartOptions {
  dataDir: string;
  /** DATABASE_URL: the PostgreSQL store instead of lowdb on `dataDir`; its migrations must be applied (npm run migrate). */
  databaseUrl?: string | null;
  port?: number;
  host?: string;
  clientDir?: string | null;
  /** The request lines and failures (server/logging.ts); default: no request lines, failures to stderr. */
  logger?: Logger;
  /** Takes the failures instead of `logger`, as text (tests). */
  log?: (message: string) => void;
  /** See server/config.ts: COOKIE_SECURE, TRUST_PROXY, PUBLIC_BASE_URL. */
  secureCookies?: boolean;
  trustProxy?: number | string | false;
  publicBaseUrl?: string | null;
  /** How the store's journal is kept (its compaction size mark); defaults suit production. */
  store?: JournalOptions;
}

export interface RunningServer {
  url: string;
  storeFile: string;
  seeded: boolean;
  /** Stops at once, cutting open connections (tests). */
  close(): Promise<void>;
  /**
   * Stops gracefully (SIGTERM, server/shutdown.ts): no new connections, /api/ready answers 503, the requests in
   * flight are answered, then the workers, the PDF renderer and the store are closed.
   */
  drain(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { logger } = options;
  const log = options.log ?? (logger && ((message: string) => logger.error(message)));
  const { store, file, seeded } = options.databaseUrl
    ? await openDatabaseStore(options.databaseUrl, log)
    : await openDataFolder(options.dataDir, log, options.store);
  let shuttingDown = false;
  const pdf = createPdfRenderer();
  const reportBuilder = createReportBuilder();
  const htmlExtractor = createHtmlExtractor();
  const suggester = createSuggester();
  const app = createApp({
    htmlExtractor,
    suggester,
    store,
    pdf,
    reportBuilder,
    clientDir: options.clientDir === undefined ? DEFAULT_CLIENT_DIR : options.clientDir,
    logger,
    log: options.log,
    // Ready while the store is (PostgreSQL: reachable, every migration applied), and not once shutting down.
    ready: async () => (shuttingDown ? { ready: false, reason: 'The server is shutting down' } : store.readiness()),
    secureCookies: options.secureCookies,
    trustProxy: options.trustProxy,
    publicBaseUrl: options.publicBaseUrl,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const connections = drainable(server);
  const { port } = server.address() as AddressInfo;
  // Waits for the store's writes and lets go of its files or pool.
  const closeStore = () => store.close();
  const closeWorkers = () => Promise.all([pdf.close(), reportBuilder.close(), htmlExtractor.close(), suggester.close()]);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    storeFile: file,
    seeded,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await closeWorkers();
      await closeStore();
    },
    drain: async () => {
      shuttingDown = true;
      await connections.drain();
      await closeWorkers();
      await closeStore();
    },
  };
}

type OpenedStore = { store: Store; file: string; seeded: boolean };

async function openDataFolder(dataDir: string, log: ((message: string) => void) | undefined, journal?: JournalOptions): Promise<OpenedStore> {
  const opened = await openFileStore(dataDir, () => loadSeed(new Date().toISOString()), { log, ...journal });
  return { store: createLowRepositoryStore(opened.store), file: opened.file, seeded: opened.seeded };
}

/** The PostgreSQL store; a database with no account, source or article yet gets the demo article and the four sources. */
async function openDatabaseStore(url: string, log: ((message: string) => void) | undefined): Promise<OpenedStore> {
  const store = await openPostgresStore(url, { ...(log && { log }) });
  try {
    // Servers started together on a new database race to seed it; one does, the others find it seeded.
    const seeded = (await isNewDesk(store.read)) && (await seedNewDesk(store, await loadSeed(new Date().toISOString())));
    return { store, file: redactConnectionString(url), seeded };
  } catch (error) {
    await store.close();
    throw error;
  }
}
