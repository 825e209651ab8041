// Starts Claimdesk on a data folder: opens (or seeds) the store, builds the app and listens. Used by main.ts and e2e tests.
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createHtmlExtractor } from './intake/html-extractor.ts';
import { createSuggester } from './suggestions/suggester.ts';
import { createPdfRenderer } from './reports/pdf-renderer.ts';
import { createReportBuilder } from './reports/report-builder.ts';
import { openFileStore } from './store/file-store.ts';
import type { JournalOptions } from './store/journaled-json-file.ts';
import { loadSeed } from './store/seed.ts';
import { projectPath } from './paths.ts';

export const DEFAULT_CLIENT_DIR = projectPath('client/dist/');

export interface StartOptions {
  dataDir: string;
  port?: number;
  host?: string;
  clientDir?: string | null;
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
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { store, file, seeded } = await openFileStore(options.dataDir, () => loadSeed(new Date().toISOString()), { log: options.log, ...options.store });
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
    log: options.log,
    secureCookies: options.secureCookies,
    trustProxy: options.trustProxy,
    publicBaseUrl: options.publicBaseUrl,
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(options.port ?? 0, host, (error?: Error) => (error ? reject(error) : resolve(s)));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    storeFile: file,
    seeded,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
      await Promise.all([pdf.close(), reportBuilder.close(), htmlExtractor.close(), suggester.close()]);
    },
  };
}
