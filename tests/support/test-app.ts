// Builds the real app on the real file store in a fresh temporary data folder, with a steady clock and ids,
// and signs in: `api` is a supertest agent holding an editor's session cookie and CSRF token.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Role } from '../../domain/schemas.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import { createHtmlExtractor } from '../../server/intake/html-extractor.ts';
import { createSuggester } from '../../server/suggestions/suggester.ts';
import type { ExportLimiter } from '../../server/reports/export-limiter.ts';
import { createPdfRenderer, type PdfRenderer } from '../../server/reports/pdf-renderer.ts';
import { createReportBuilder, type ReportBuilder } from '../../server/reports/report-builder.ts';
import { openFileStore } from '../../server/store/file-store.ts';
import { createLowRepositoryStore } from '../../server/store/low-repositories.ts';
import type { JournalOptions } from '../../server/store/journaled-json-file.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0 } from './builders.ts';

export const DEMO_ID = 'afp-karabakh-2020-10-09-ar';
export const TEST_PASSWORD = 'correct horse battery';
/** A small scrypt cost keeps sign-ins quick in tests; the code path is the production one. */
export const TEST_PASSWORD_COST = 2 ** 10;

export type Agent = ReturnType<typeof request.agent>;

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'claimdesk-test-'));
}

/** Signs `username` in on a new agent that sends the CSRF token with every request. */
export async function signIn(app: Parameters<typeof request.agent>[0], username: string, password = TEST_PASSWORD): Promise<Agent> {
  const agent = request.agent(app);
  const res = await agent.post('/api/session').send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  agent.set('X-CSRF-Token', res.body.csrfToken);
  return agent;
}

/** `app` passes settings such as `publicBaseUrl` or `secureCookies` through to createApp. */
export async function openTestApp(
  dataDir?: string,
  options: { reportBuilder?: ReportBuilder; pdf?: PdfRenderer; exportLimiter?: ExportLimiter; app?: Partial<AppDeps>; store?: JournalOptions } = {},
) {
  const dir = dataDir ?? (await makeDataDir());
  const { store: state, file } = await openFileStore(dir, () => loadSeed(T0), options.store);
  const store = createLowRepositoryStore(state);
  let ids = 0;
  let ticks = 0;
  const logs: string[] = [];
  const pdf = options.pdf ?? createPdfRenderer();
  const reportBuilder = options.reportBuilder ?? createReportBuilder();
  const htmlExtractor = createHtmlExtractor();
  const suggester = createSuggester();
  const app = createApp({
    htmlExtractor,
    suggester,
    pdf,
    reportBuilder,
    ...(options.exportLimiter && { exportLimiter: options.exportLimiter }),
    store,
    clientDir: null,
    newId: () => `id-${++ids}`,
    clock: () => new Date(Date.parse(T0) + ++ticks * 1000),
    log: (m) => logs.push(m),
    passwordCost: TEST_PASSWORD_COST,
    ...options.app,
  });
  if ((await store.read.users.count()) === 0) {
    await request(app).post('/api/setup').send({ username: 'editor', displayName: 'Edith Editor', password: TEST_PASSWORD }).expect(201);
  }
  const api = await signIn(app, 'editor');
  /** Adds a person through the editors' API and signs them in. */
  const addUser = async (username: string, role: Role, displayName = username) => {
    await api.post('/api/users').send({ username, displayName, password: TEST_PASSWORD, role }).expect(201);
    return signIn(app, username);
  };
  return {
    app,
    api,
    addUser,
    store,
    /** The lowdb state under `store`, for tests that seed many records at once. */
    state,
    dir,
    file,
    logs,
    /** The bytes of everything the store keeps on disk: the snapshot and its journal. */
    readStoreFile: async () => Buffer.concat([await readFile(file), await readFile(`${file}.journal`).catch(() => Buffer.alloc(0))]),
    cleanup: async () => {
      await Promise.all([pdf.close(), reportBuilder.close(), htmlExtractor.close(), suggester.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
