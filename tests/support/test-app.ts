// Builds the real app on a real store with a steady clock and ids, and signs in: lowdb in a fresh temporary data
// folder, or, with CLAIMDESK_TEST_STORE=postgres (the api-postgres and e2e-postgres projects), PostgreSQL in a fresh
// database of its own, migrated and seeded, dropped at cleanup. `api` is a supertest agent holding an editor's session cookie and CSRF token.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
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
import type { Claim } from '../../domain/schemas.ts';
import type { Store } from '../../server/store/repositories.ts';
import type { StateStore } from '../../server/store/store.ts';
import { seedStore } from '../../server/store/seed-store.ts';
import { openDatabase } from '../../server/store/postgres/connection.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { openPostgresStore } from '../../server/store/postgres/pg-store.ts';
import { claimToRow } from '../../server/store/postgres/rows.ts';
import { exportStoreData } from '../../server/store/postgres/transfer.ts';
import { createTestDatabase } from './postgres.ts';

/** The store the API and end-to-end tests run on. */
export const TEST_STORE: Store['kind'] = process.env.CLAIMDESK_TEST_STORE === 'postgres' ? 'postgres' : 'lowdb';

interface TestStore {
  store: Store;
  /** lowdb only: the state under `store`, for tests of the file store itself. */
  state?: StateStore;
  /** Everything the store keeps, as bytes: equal before and after a refused request. */
  snapshot: () => Promise<Buffer>;
  /** Puts `claims` in place of every claim (and their history), for tests of large scopes. */
  replaceClaims: (claims: Claim[]) => Promise<void>;
  file: string;
  close: () => Promise<void>;
}

async function openLowTestStore(dir: string, journal?: JournalOptions): Promise<TestStore> {
  const { store: state, file } = await openFileStore(dir, () => loadSeed(T0), journal);
  return {
    store: createLowRepositoryStore(state),
    state,
    file,
    /** The bytes of everything the store keeps on disk: the snapshot and its journal. */
    snapshot: async () => Buffer.concat([await readFile(file), await readFile(`${file}.journal`).catch(() => Buffer.alloc(0))]),
    replaceClaims: async (claims) => {
      await state.update((data) => ({ data: { ...data, claims, audit: [] }, result: null }));
    },
    close: () => state.idle(),
  };
}

async function openPostgresTestStore(): Promise<TestStore> {
  const database = await createTestDatabase();
  const db = openDatabase(database.url, { max: 2 });
  await migrateToLatest(db);
  const store = await openPostgresStore(database.url, { poolSize: 6 });
  await seedStore(store, await loadSeed(T0));
  return {
    store,
    file: database.name,
    snapshot: async () => Buffer.from(JSON.stringify(await exportStoreData(db))),
    replaceClaims: async (claims) => {
      await db.transaction().execute(async (trx) => {
        // The audit trail is append-only (a row trigger refuses DELETE); a test replacing the desk truncates it.
        await sql`truncate audit_entries`.execute(trx);
        await trx.deleteFrom('claims').execute();
        for (let at = 0; at < claims.length; at += 1000) {
          await trx.insertInto('claims').values(claims.slice(at, at + 1000).map(claimToRow)).execute();
        }
      });
    },
    close: async () => {
      await store.close();
      await db.destroy();
      await database.drop();
    },
  };
}

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

/**
 * `app` passes settings such as `publicBaseUrl` or `secureCookies` through to createApp; `wrapStore` puts a wrapper
 * of the opened store (one that watches what the app asks of it) in its place, for the app only.
 */
export async function openTestApp(
  dataDir?: string,
  options: {
    reportBuilder?: ReportBuilder;
    pdf?: PdfRenderer;
    exportLimiter?: ExportLimiter;
    app?: Partial<AppDeps>;
    store?: JournalOptions;
    wrapStore?: (store: Store) => Store;
  } = {},
) {
  const dir = dataDir ?? (await makeDataDir());
  // A test that names its data folder or journal options tests lowdb's files: it gets lowdb on any run.
  const onPostgres = TEST_STORE === 'postgres' && dataDir === undefined && options.store === undefined;
  const opened = onPostgres ? await openPostgresTestStore() : await openLowTestStore(dir, options.store);
  const { store, state, file } = opened;
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
    store: options.wrapStore ? options.wrapStore(store) : store,
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
    /** lowdb only: the state under `store`, for tests of the file store itself. */
    state,
    replaceClaims: opened.replaceClaims,
    dir,
    file,
    logs,
    /** Everything the store keeps, as bytes (lowdb: its snapshot and journal; PostgreSQL: every entity exported). */
    readStoreFile: opened.snapshot,
    cleanup: async () => {
      await Promise.all([pdf.close(), reportBuilder.close(), htmlExtractor.close(), suggester.close()]);
      await opened.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A newsroom that may publish (issue 15): its own name in each language and a public base URL readers reach. */
export const NEWSROOM = {
  newsroomName: 'Karabakh Facts',
  newsroomUrl: 'https://facts.example.org',
  newsroomNames: { ar: 'حقائق كاراباخ', en: 'Karabakh Facts', fr: 'Faits du Karabakh' },
  publicBaseUrl: 'https://facts.example.org',
  logoUrl: null,
  defaultReportLanguage: 'ar',
} as const;

/** Names the newsroom through the editors' settings API, so that publishing and publication exports are allowed. */
export async function setNewsroom(api: Agent, overrides: Partial<Record<keyof typeof NEWSROOM, unknown>> = {}): Promise<void> {
  const res = await api.patch('/api/settings').send({ ...NEWSROOM, ...overrides });
  if (res.status !== 200) throw new Error(`setting the newsroom failed: ${res.status} ${JSON.stringify(res.body)}`);
}
