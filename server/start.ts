// Starts Claimdesk on a data folder: opens (or seeds) the store, builds the app and listens. Used by main.ts and e2e tests.
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createHtmlExtractor } from './intake/html-extractor.ts';
import type { Logger } from './logging.ts';
import { createSuggester } from './suggestions/suggester.ts';
import { createPdfRenderer } from './reports/pdf-renderer.ts';
import { createReportBuilder } from './reports/report-builder.ts';
import { openFileStore } from './store/file-store.ts';
import type { JournalOptions } from './store/journaled-json-file.ts';
import { loadSeed } from './store/seed.ts';
import { projectPath } from './paths.ts';
import { drainable } from './shutdown.ts';

export const DEFAULT_CLIENT_DIR = projectPath('client/dist/');

export interface StartOptions {
  dataDir: string;
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
  const { store, file, seeded } = await openFileStore(options.dataDir, () => loadSeed(new Date().toISOString()), { log, ...options.store });
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
    // The lowdb file store is ready once open; PostgreSQL's readiness also needs its migrations applied.
    ready: async () => (shuttingDown ? { ready: false, reason: 'The server is shutting down' } : { ready: true }),
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
  // Waits for the store's writes and lets go of it, once the store offers that (the repository seam's Store.close());
  // until then every acknowledged change is on disk already, since a write resolves only once it is.
  const closeStore = async () => {
    if ('close' in store && typeof store.close === 'function') await (store.close as () => Promise<void>)();
  };
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
