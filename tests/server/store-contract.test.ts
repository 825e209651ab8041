// The store contract: what every Store (server/store/repositories.ts) answers, run on each store, lowdb and
// PostgreSQL, over the same desk (tests/support/contract-desk.ts): orderings and their tie-breaks, filters, pages and
// counts, reading order in batches, version-guarded updates, units of work that are atomic and see their own writes.
// What only PostgreSQL has to show (concurrent units of work, locks, migrations, shared counters) follows it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_SORTS, type ClaimsQuery } from '../../domain/requests.ts';
import { PENDING_REVIEW, VERDICTS, type Claim, type StoreData, type VerdictCounts } from '../../domain/schemas.ts';
import { HttpError } from '../../server/errors.ts';
import { createMemoryStore } from '../../server/store/low-store.ts';
import { defaultMigrationProvider, migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { READING_ORDER_BATCH } from '../../server/store/postgres/pg-claim-repositories.ts';
import { claimToRow } from '../../server/store/postgres/rows.ts';
import { openPostgresStore } from '../../server/store/postgres/pg-store.ts';
import type { Repositories, Store } from '../../server/store/repositories.ts';
import { T0, buildArticle, buildSource, buildStoreData } from '../support/builders.ts';
import { contractDesk, day, readingOrder, selectClaims, sortedClaims, summaryOf } from '../support/contract-desk.ts';
import { databaseUrl, skipPostgres, useTestDatabase, type TestDatabase } from '../support/postgres.ts';
import { seedStore } from '../support/seed-store.ts';

interface StoreHandle {
  store: Store;
  /** PostgreSQL: the suite's database. */
  database?: TestDatabase;
}

interface StoreFactory {
  name: string;
  kind: Store['kind'];
  /** Why this store cannot be tested here, when it cannot. */
  skip?: string;
  /** Registers hooks that open a store seeded with `data` before the enclosing suite's tests, and close it after. */
  use(data: () => Promise<StoreData>): StoreHandle;
}

/** A fresh database per suite, migrated, the store opened on it and seeded through its repositories. */
const postgres: StoreFactory = {
  name: 'PostgreSQL',
  kind: 'postgres',
  ...(skipPostgres && { skip: 'PostgreSQL is unreachable (the reason is printed above)' }),
  use(data) {
    const test = useTestDatabase();
    const handle = { database: test } as StoreHandle;
    beforeAll(async () => {
      await migrateToLatest(test.db);
      handle.store = await openPostgresStore(test.url, { poolSize: 6 });
      await seedStore(handle.store, await data());
    });
    afterAll(() => handle.store?.close()); // before useTestDatabase drops the database: after-hooks run in reverse
    return handle;
  },
};

/** lowdb's repositories over a memory state store; the module is loaded only where it exists. */
const LOW_REPOSITORIES = new URL('../../server/store/low-repositories.ts', import.meta.url);
interface LowRepositoriesModule {
  createLowRepositoryStore(state: ReturnType<typeof createMemoryStore>): Store;
}
const lowdb: StoreFactory = {
  name: 'lowdb',
  kind: 'lowdb',
  ...(!existsSync(fileURLToPath(LOW_REPOSITORIES)) && { skip: 'server/store/low-repositories.ts is not there yet' }),
  use(data) {
    const handle = {} as StoreHandle;
    beforeAll(async () => {
      const { createLowRepositoryStore } = (await import(/* @vite-ignore */ LOW_REPOSITORIES.href)) as LowRepositoriesModule;
      handle.store = createLowRepositoryStore(createMemoryStore(buildStoreData({ sources: [], articles: [] })));
      await seedStore(handle.store, await data());
    });
    afterAll(() => handle.store?.close());
    return handle;
  },
};

const FACTORIES = [lowdb, postgres];
for (const factory of FACTORIES) if (factory.skip) console.warn(`Store contract on ${factory.name} skipped: ${factory.skip}`);

let data: StoreData;
beforeAll(async () => {
  data = await contractDesk();
});

const article = (id: string) => data.articles.find((a) => a.id === id)!;
const claim = (id: string) => data.claims.find((c) => c.id === id)!;
const source = (id: string) => data.sources.find((s) => s.id === id)!;
const user = (id: string) => data.users.find((u) => u.id === id)!;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const isoDay = (d: number) => day(d).slice(0, 10);

const FILTERS: ClaimsQuery[] = [
  {},
  { verdict: 'disputed' },
  { sourceId: 'elysee' },
  { articleId: 'a-1' },
  { articleId: 'a-gone' },
  { review: 'returned' },
  { userId: 'u-ana' },
  { from: isoDay(2) },
  { to: isoDay(1) },
  { from: isoDay(1), to: isoDay(2) },
  { verdict: 'corroborated', review: 'approved', userId: 'u-sam' },
];
const named = <T>(items: T[]) => items.map((item) => [JSON.stringify(item), item] as const);

/** Runs `work` in a unit of work that is then thrown away; returns what `work` returned. */
async function rolledBack<T>(store: Store, work: (tx: Repositories) => Promise<T>): Promise<T> {
  const rollback = new Error('rolled back on purpose');
  let result: T | undefined;
  await expect(
    store.transaction(async (tx) => {
      result = await work(tx);
      throw rollback;
    }),
  ).rejects.toBe(rollback);
  return result as T;
}

async function collect(batches: AsyncIterable<Claim[]>): Promise<Claim[][]> {
  const out: Claim[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

const newClaim = (id: string, overrides: Partial<Claim> = {}): Claim => ({
  ...claim('c-1'),
  id,
  articleId: 'a-1',
  sourceId: 'kremlin',
  version: 1,
  review: PENDING_REVIEW,
  deletedAt: null,
  ...overrides,
});

describe.each(FACTORIES)('the store contract on $name', (factory) => {
  if (factory.skip) {
    it.skip(`cannot run: ${factory.skip}`, () => undefined);
    return;
  }

  describe('reads of a seeded desk', () => {
    const desk = factory.use(contractDesk);
    const read = () => desk.store.read;

    it('says which store it is', () => {
      expect(desk.store.kind).toBe(factory.kind);
    });

    it('lists live articles without text, newest first, then by title, then in insertion order, with live claim counts', async () => {
      const order = ['a-4', 'a-3', 'a-5', 'a-2', 'a-1', data.articles[0]!.id];
      const counts = (id: string) =>
        Object.fromEntries(VERDICTS.map((v) => [v, data.claims.filter((c) => c.articleId === id && c.deletedAt === null && c.verdict === v).length])) as VerdictCounts;
      const expected = order.map((id) => {
        const { text, deletedAt: _deleted, ...meta } = article(id);
        return { ...meta, length: text.length, claimCounts: counts(id) };
      });
      expect(await read().articles.summaries()).toStrictEqual(expected);
      expect(expected.find((a) => a.id === 'a-3')!.length).toBe([...article('a-3').text].length + 1); // 😀 is two units
    });

    it('finds an article, live or deleted, by id, and several in insertion order', async () => {
      expect(await read().articles.find('a-gone')).toStrictEqual(article('a-gone'));
      expect(await read().articles.find('a-1')).toStrictEqual(article('a-1'));
      expect(await read().articles.find('nothing')).toBeUndefined();
      expect(ids(await read().articles.findMany(['a-3', 'a-gone', 'nothing', 'a-1']))).toEqual(['a-1', 'a-3', 'a-gone']);
      expect(await read().articles.findMany([])).toEqual([]);
    });

    it('finds the live article holding a text, other than the one named', async () => {
      expect((await read().articles.findLiveByText(article('a-1').text))?.id).toBe('a-1');
      expect(await read().articles.findLiveByText(article('a-1').text, 'a-1')).toBeUndefined();
      expect(await read().articles.findLiveByText(article('a-gone').text)).toBeUndefined();
      expect(await read().articles.findLiveByText(`${article('a-1').text} `)).toBeUndefined();
    });

    it('finds a claim, live or deleted, and an article\'s live claims by start, end, then insertion', async () => {
      expect(await read().claims.find('c-7')).toStrictEqual(claim('c-7'));
      expect(await read().claims.find('c-6')).toStrictEqual(claim('c-6'));
      expect(await read().claims.find('nothing')).toBeUndefined();
      const ofA1 = data.claims.filter((c) => c.articleId === 'a-1' && c.deletedAt === null).sort((a, b) => a.start - b.start || a.end - b.end);
      expect(ofA1.length).toBeGreaterThan(3);
      expect(await read().claims.ofArticle('a-1')).toStrictEqual(ofA1);
    });

    it('counts live claims of an article and of a source', async () => {
      const live = (keep: (c: Claim) => boolean) => data.claims.filter((c) => c.deletedAt === null && keep(c)).length;
      for (const id of ['a-1', 'a-gone', 'a-4']) expect(await read().claims.countOfArticle(id)).toBe(live((c) => c.articleId === id));
      for (const id of ['kremlin', 'baku']) expect(await read().claims.countOfSource(id)).toBe(live((c) => c.sourceId === id));
      expect(await read().claims.countOfArticle('a-gone')).toBeGreaterThan(0); // claims of a deleted article still count
    });

    it('has a desk on which every filter selects some claims but not all', () => {
      for (const query of FILTERS.filter((q) => q.articleId !== 'a-gone' && Object.keys(q).length > 0)) {
        expect(selectClaims(data, query).length, JSON.stringify(query)).toBeGreaterThan(0);
        expect(selectClaims(data, query).length, JSON.stringify(query)).toBeLessThan(selectClaims(data, {}).length);
      }
    });

    const sorted = FILTERS.flatMap((filter) => [undefined, ...CLAIM_SORTS].map((sort) => ({ ...filter, ...(sort && { sort }) })));
    it.each(named(sorted))('lists the claims %s selects in its order', async (_name, query) => {
      expect(ids(await read().claims.list(query))).toEqual(ids(sortedClaims(data, query)));
    });

    it.each(named(FILTERS.flatMap((filter) => [filter, { ...filter, sort: 'source' as const }])))('pages %s with the total', async (_name, query) => {
      const all = sortedClaims(data, query);
      for (const [offset, limit] of [[0, 100], [3, 7], [all.length - 2, 5], [all.length + 5, 5]] as const) {
        const at = Math.max(offset, 0);
        expect(await read().claims.page(query, at, limit)).toStrictEqual({ claims: all.slice(at, at + limit), total: all.length, offset: at, limit });
      }
    });

    it.each(named(FILTERS))('counts %s by verdict, review and source', async (_name, query) => {
      expect(await read().claims.summary(query)).toStrictEqual(summaryOf(data, query));
    });

    it.each(named([{}, { sourceId: 'kremlin' }, { verdict: 'disputed', sort: '-createdAt' } as ClaimsQuery]))('reads %s in reading order, in batches', async (_name, query) => {
      const batches = await collect(read().claims.inReadingOrder(query));
      expect(batches.every((b) => b.length > 0)).toBe(true);
      expect(ids(batches.flat())).toEqual(ids(readingOrder(data, query)));
    });

    it('reads a part of the reading order', async () => {
      const all = readingOrder(data, {});
      expect(ids((await collect(read().claims.inReadingOrder({}, { offset: 5, limit: 9 }))).flat())).toEqual(ids(all.slice(5, 14)));
      expect((await collect(read().claims.inReadingOrder({}, { offset: all.length, limit: 9 }))).flat()).toEqual([]);
    });

    it('gives a claim\'s audit entries in the order written, and several histories at once', async () => {
      expect(ids(await read().audit.history('c-1'))).toEqual(['e-1', 'e-3', 'e-4']); // e-4 is earliest by `at`
      expect(await read().audit.history('c-1')).toStrictEqual(data.audit.filter((e) => e.claimId === 'c-1'));
      const histories = await read().audit.histories(['c-2', 'c-1', 'c-9']);
      expect([...histories.keys()].sort()).toEqual(['c-1', 'c-2', 'c-9']);
      expect(ids(histories.get('c-1')!)).toEqual(['e-1', 'e-3', 'e-4']);
      expect(ids(histories.get('c-2')!)).toEqual(['e-2']);
      expect(histories.get('c-9')).toEqual([]);
    });

    it('lists sources by name as Intl.Collator(\'en\') orders them', async () => {
      const byName = [...data.sources].sort((a, b) => new Intl.Collator('en').compare(a.name, b.name));
      expect(ids(byName)).not.toEqual(ids([...data.sources].sort((a, b) => (a.name < b.name ? -1 : 1)))); // not code-point order
      expect(await read().sources.list()).toStrictEqual(byName);
    });

    it('finds a source by id, and by name as JavaScript lowers case, other than the one named', async () => {
      expect(await read().sources.find('istanbul')).toStrictEqual(source('istanbul'));
      expect(await read().sources.find('nothing')).toBeUndefined();
      expect((await read().sources.findByName('KREMLIN'))?.id).toBe('kremlin');
      expect((await read().sources.findByName('élysée'))?.id).toBe('elysee');
      expect((await read().sources.findByName('İSTANBUL OFFICE'))?.id).toBe('istanbul');
      expect(await read().sources.findByName('istanbul office')).toBeUndefined(); // 'İ'.toLowerCase() is 'i̇'
      expect(await read().sources.findByName('Kremlin', 'kremlin')).toBeUndefined();
      expect(await read().sources.idTaken('kremlin')).toBe(true);
      expect(await read().sources.idTaken('nothing')).toBe(false);
    });

    it('lists accounts by display name, equal names in insertion order, and finds and counts them', async () => {
      expect(ids(await read().users.list())).toEqual(['u-ana', 'u-emile', 'u-sam', 'u-sam2', 'u-zed']);
      expect(await read().users.find('u-zed')).toStrictEqual(user('u-zed'));
      expect(await read().users.find('nothing')).toBeUndefined();
      expect((await read().users.findByUsername('sam.b'))?.id).toBe('u-sam2');
      expect(await read().users.findByUsername('SAM')).toBeUndefined(); // usernames are stored lowercase
      expect(await read().users.count()).toBe(5);
      expect(await read().users.countActiveEditors()).toBe(2); // u-sam and u-emile; u-zed is disabled
    });

    it('finds a session with its account, expired or not', async () => {
      expect(await read().sessions.find('h-sam')).toStrictEqual({ session: data.sessions[0], user: user('u-sam') });
      expect((await read().sessions.find('h-old'))?.session.expiresAt).toBe(day(1));
      expect(await read().sessions.find('nothing')).toBeUndefined();
    });

    it('gives an article\'s rejected suggestion keys, and the settings', async () => {
      expect(await read().suggestions.rejectedKeys('a-1')).toEqual(new Set(['k-1', 'k-2']));
      expect(await read().suggestions.rejectedKeys('a-3')).toEqual(new Set());
      expect(await read().settings.get()).toStrictEqual(data.settings);
    });

    it('refuses to write outside a unit of work, and keeps nothing', async () => {
      const writing = async () => read().sources.insert(buildSource({ id: 'outside', name: 'Outside' }));
      await expect(writing()).rejects.toThrow(/unit of work/);
      expect(await read().sources.idTaken('outside')).toBe(false);
    });

    it('lets a unit of work read its own writes, which nobody else sees before it commits', async () => {
      const before = await read().claims.page({ articleId: 'a-1' }, 0, 100);
      await rolledBack(desk.store, async (tx) => {
        await tx.claims.insert(newClaim('c-own', { start: 0, end: 1 }));
        expect((await tx.claims.find('c-own'))?.id).toBe('c-own');
        expect(ids(await tx.claims.ofArticle('a-1'))).toContain('c-own');
        expect((await tx.claims.page({ articleId: 'a-1' }, 0, 100)).total).toBe(before.total + 1);
        expect(await read().claims.find('c-own')).toBeUndefined();
      });
      expect(await read().claims.find('c-own')).toBeUndefined();
    });

    it('keeps none of the writes of a unit of work that throws', async () => {
      await rolledBack(desk.store, async (tx) => {
        await tx.sources.insert(buildSource({ id: 'fleeting', name: 'Fleeting' }));
        await tx.claims.insert(newClaim('c-fleeting', { sourceId: 'fleeting' }));
        await tx.audit.append([{ ...data.audit[0]!, id: 'e-fleeting', claimId: 'c-fleeting' }]);
        await tx.settings.put({ newsroomName: 'Fleeting', newsroomUrl: null });
        await tx.sessions.open({ ...data.sessions[0]!, tokenHash: 'h-fleeting' }, day(20));
      });
      expect(await read().sources.idTaken('fleeting')).toBe(false);
      expect(await read().claims.find('c-fleeting')).toBeUndefined();
      expect(await read().audit.history('c-fleeting')).toEqual([]);
      expect(await read().settings.get()).toStrictEqual(data.settings);
      expect((await read().sessions.find('h-old'))?.session.tokenHash).toBe('h-old'); // not dropped either
    });

    it('updates a claim only from the version it is at; otherwise writes nothing', async () => {
      const current = claim('c-5'); // version 3
      await rolledBack(desk.store, async (tx) => {
        expect(await tx.claims.update({ ...current, note: 'stale', version: 3 }, 2)).toBe(false);
        expect(await tx.claims.find('c-5')).toStrictEqual(current);
        expect(await tx.claims.update({ ...current, note: 'fresh', version: 4 }, 3)).toBe(true);
        expect(await tx.claims.find('c-5')).toStrictEqual({ ...current, note: 'fresh', version: 4 });
        expect(await tx.claims.update({ ...current, note: 'stale again', version: 4 }, 3)).toBe(false);
      });
      expect(await read().claims.find('c-5')).toStrictEqual(current);
    });
  });

  describe('committed writes', () => {
    const scratch = factory.use(contractDesk);
    const read = () => scratch.store.read;
    const write = <T>(work: (tx: Repositories) => Promise<T>) => scratch.store.transaction(work);

    it('keeps an inserted and an updated article', async () => {
      const fresh = buildArticle({ id: 'a-new', title: 'New', text: 'A new article.', createdAt: day(9) });
      await write((tx) => tx.articles.insert(fresh));
      await write(async (tx) => tx.articles.update({ ...(await tx.articles.find('a-new'))!, title: 'Renamed', updatedAt: day(10) }));
      expect(await read().articles.find('a-new')).toStrictEqual({ ...fresh, title: 'Renamed', updatedAt: day(10) });
      expect((await read().articles.summaries())[0]).toMatchObject({ id: 'a-new', title: 'Renamed', length: fresh.text.length });
    });

    it('keeps a claim, its version-guarded update and its audit entry', async () => {
      await write((tx) => tx.claims.insert(newClaim('c-new')));
      const changed = { ...newClaim('c-new'), verdict: 'disputed' as const, version: 2, updatedAt: day(9) };
      expect(await write((tx) => tx.claims.update(changed, 1))).toBe(true);
      expect(await write((tx) => tx.claims.update({ ...changed, note: 'late', version: 2 }, 1))).toBe(false);
      await write((tx) => tx.audit.append([{ ...data.audit[0]!, id: 'e-new', claimId: 'c-new', articleId: 'a-1' }]));
      expect(await read().claims.find('c-new')).toStrictEqual(changed);
      expect(ids(await read().audit.history('c-new'))).toEqual(['e-new']);
      expect(ids((await read().claims.page({}, 0, 1)).claims)).toEqual(['c-new']); // the newest change
    });

    it('hides a removed source, keeps its id taken, and frees its name', async () => {
      await write((tx) => tx.sources.insert(buildSource({ id: 'nea', name: 'Néa', names: {}, aliases: [] })));
      await write(async (tx) => tx.sources.update({ ...(await tx.sources.find('nea'))!, name: 'Néa Press', updatedAt: day(9) }));
      expect((await read().sources.findByName('NÉA PRESS'))?.updatedAt).toBe(day(9));
      await write((tx) => tx.sources.remove('nea'));
      expect(await read().sources.find('nea')).toBeUndefined();
      expect(await read().sources.findByName('Néa Press')).toBeUndefined();
      expect(ids(await read().sources.list())).not.toContain('nea');
      expect(await read().sources.idTaken('nea')).toBe(true); // "now or once": ids are not given again
      await write((tx) => tx.sources.insert(buildSource({ id: 'nea-2', name: 'Néa Press', names: {}, aliases: [] })));
      expect((await read().sources.findByName('néa press'))?.id).toBe('nea-2');
    });

    it('keeps a new and a changed account, and counts them', async () => {
      await write((tx) => tx.users.insert({ ...user('u-sam'), id: 'u-new', username: 'new', displayName: 'Aaron' }));
      expect(ids(await read().users.list())[0]).toBe('u-new');
      expect(await read().users.countActiveEditors()).toBe(3);
      await write(async (tx) => tx.users.update({ ...(await tx.users.find('u-new'))!, disabled: true }));
      expect(await read().users.countActiveEditors()).toBe(2);
      expect(await read().users.count()).toBe(6);
    });

    it('drops sessions expired by the time a new one opens, and removes them one or all of an account', async () => {
      const session = (tokenHash: string, expiresAt: string) => ({ ...data.sessions[0]!, tokenHash, expiresAt });
      await write((tx) => tx.sessions.open(session('h-edge', day(5)), day(0)));
      await write((tx) => tx.sessions.open(session('h-new', day(20)), day(5)));
      expect(await read().sessions.find('h-old')).toBeUndefined(); // expired on day 1
      expect(await read().sessions.find('h-edge')).toBeUndefined(); // expires the very moment: expired
      for (const kept of ['h-new', 'h-sam', 'h-ana']) expect(await read().sessions.find(kept)).toBeDefined();
      await write((tx) => tx.sessions.remove('h-ana'));
      expect(await read().sessions.find('h-ana')).toBeUndefined();
      await write((tx) => tx.sessions.removeForUser('u-sam'));
      expect(await read().sessions.find('h-new')).toBeUndefined();
      expect(await read().sessions.find('h-sam')).toBeUndefined();
    });

    it('keeps rejected suggestions and the settings', async () => {
      await write((tx) => tx.suggestions.reject([{ articleId: 'a-3', key: 'k-9', userId: null, at: day(9) }]));
      expect(await read().suggestions.rejectedKeys('a-3')).toEqual(new Set(['k-9']));
      await write((tx) => tx.settings.put({ newsroomName: 'Renamed desk', newsroomUrl: null }));
      expect(await read().settings.get()).toStrictEqual({ newsroomName: 'Renamed desk', newsroomUrl: null });
    });
  });
});

/** A promise and the function that settles it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.skipIf(skipPostgres)('the PostgreSQL store under concurrency', () => {
  const desk = postgres.use(contractDesk);

  /**
   * Resolves once a backend of the store's database waits for a lock, or rejects if `running` settles first: proves
   * that one unit of work waits for another, without timing anything.
   */
  async function someoneWaitsForALock(running: Promise<unknown>): Promise<void> {
    let settled = false;
    void running.then(
      () => (settled = true),
      () => (settled = true),
    );
    const { name, db } = desk.database!;
    for (;;) {
      const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = ${name} and wait_event_type = 'Lock'`.execute(db);
      if (waiting.rows[0]!.n > 0) return;
      if (settled) throw new Error('the unit of work finished without waiting for the other');
    }
  }

  /**
   * Runs `first` in a unit of work held open once it is done, then `second` in another, which must be seen waiting
   * for a lock before `first` may commit; returns both results.
   */
  async function whileHeld<A, B>(first: (tx: Repositories) => Promise<A>, second: (tx: Repositories) => Promise<B>): Promise<[A, B]> {
    const done = gate();
    const release = gate();
    const held = desk.store.transaction(async (tx) => {
      const result = await first(tx);
      done.open();
      await release.opened;
      return result;
    });
    try {
      await Promise.race([done.opened, held]);
      const waiting = desk.store.transaction(second);
      await someoneWaitsForALock(waiting);
      release.open();
      return [await held, await waiting];
    } finally {
      release.open(); // never leave the first unit of work open, whatever failed
    }
  }

  it('lets exactly one of 20 concurrent units of work update a claim from the same version', async () => {
    const current = claim('c-6');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        desk.store.transaction(async (tx) => {
          if (!(await tx.claims.update({ ...current, note: `edit ${i}`, version: current.version + 1 }, current.version))) throw new Error('version conflict');
          await tx.audit.append([{ ...data.audit[0]!, id: `e-race-${i}`, claimId: 'c-6', articleId: current.articleId }]);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'rejected' && (o.reason as Error).message === 'version conflict')).toHaveLength(19);
    const winner = outcomes.findIndex((o) => o.status === 'fulfilled');
    expect(await desk.store.read.claims.find('c-6')).toStrictEqual({ ...current, note: `edit ${winner}`, version: current.version + 1 });
    expect(ids(await desk.store.read.audit.history('c-6'))).toEqual([`e-race-${winner}`]);
  });

  it('makes a count of a source\'s claims wait for a claim being attributed to it', async () => {
    await desk.store.transaction((tx) => tx.sources.insert(buildSource({ id: 'contested', name: 'Contested', names: {}, aliases: [] })));
    const [, used] = await whileHeld(
      async (tx) => {
        expect(await tx.sources.find('contested')).toBeDefined();
        await tx.claims.insert(newClaim('c-contested', { sourceId: 'contested' }));
      },
      async (tx) => {
        const count = await tx.claims.countOfSource('contested');
        if (count === 0) await tx.sources.remove('contested');
        return count;
      },
    );
    expect(used).toBe(1);
    expect(await desk.store.read.sources.find('contested')).toBeDefined();
  });

  it('makes a unit of work that reads a source wait for its removal, and then not find it', async () => {
    await desk.store.transaction((tx) => tx.sources.insert(buildSource({ id: 'doomed', name: 'Doomed', names: {}, aliases: [] })));
    const [, found] = await whileHeld(
      async (tx) => {
        expect(await tx.claims.countOfSource('doomed')).toBe(0);
        await tx.sources.remove('doomed');
      },
      (tx) => tx.sources.find('doomed'),
    );
    expect(found).toBeUndefined();
  });

  it('makes a count of an article\'s claims (before its text changes) wait for a claim being added to it', async () => {
    const [, count] = await whileHeld(
      async (tx) => {
        expect(await tx.articles.find('a-4')).toBeDefined();
        await tx.claims.insert(newClaim('c-into-a-4', { articleId: 'a-4' }));
      },
      (tx) => tx.claims.countOfArticle('a-4'),
    );
    expect(count).toBe(1);
  });

  it('decides two first-editor set-ups one after the other', async () => {
    const setUp = (id: string) => async (tx: Repositories) => {
      const before = await tx.users.count();
      await tx.users.insert({ ...user('u-sam'), id, username: id });
      return before;
    };
    const [first, second] = await whileHeld(setUp('u-first'), setUp('u-second'));
    expect(second - first).toBe(1); // the second counted the first's account
  });

  it('runs again a unit of work that PostgreSQL ended to break a deadlock', async () => {
    let runs = 0;
    let found = 0;
    const bothFound = gate();
    const rename = (title: string) =>
      desk.store.transaction(async (tx) => {
        runs += 1;
        const current = (await tx.articles.find('a-2'))!; // a share lock each
        if (++found === 2) bothFound.open();
        await bothFound.opened;
        await tx.articles.update({ ...current, title }); // each waits for the other's share lock
      });
    await Promise.all([rename('One'), rename('Other')]);
    expect(runs).toBe(3);
    expect(['One', 'Other']).toContain((await desk.store.read.articles.find('a-2'))!.title);
  });

  it('answers a race lost on a unique key as lowdb answers the same request', async () => {
    const refusal = (work: (tx: Repositories) => Promise<void>) => desk.store.transaction(work).then(() => undefined, (error: unknown) => error);
    const refused = async (work: (tx: Repositories) => Promise<void>, code: string, extra: object = {}) => {
      const error = await refusal(work);
      expect(error).toBeInstanceOf(HttpError);
      expect(error).toMatchObject({ status: 409, code, extra });
    };
    await refused((tx) => tx.users.insert({ ...user('u-ana'), id: 'u-twin' }), 'duplicate_username', { params: { username: 'ana' } });
    await refused((tx) => tx.sources.insert(buildSource({ id: 'kremlin-2', name: 'KREMLIN' })), 'duplicate_source', { params: { name: 'KREMLIN' } });
    await refused((tx) => tx.sources.update({ ...source('baku'), name: 'kremlin' }), 'duplicate_source', { params: { name: 'kremlin' } });
    await refused((tx) => tx.articles.insert({ ...article('a-3'), id: 'a-twin' }), 'duplicate_article', { articleId: 'a-3', params: { title: 'Émile' } });
    await refused((tx) => tx.articles.update({ ...article('a-4'), text: article('a-3').text }), 'duplicate_article', { articleId: 'a-3' });
    expect(await desk.store.read.articles.find('a-4')).toStrictEqual(article('a-4'));
    expect(await desk.store.read.articles.find('a-twin')).toBeUndefined();
  });

  it('reads a large scope in batches from a cursor, also between other reads of a unit of work', async () => {
    const many = READING_ORDER_BATCH * 2 + 100;
    // One statement rather than 2,100 units of work: set-up, not what is tested.
    const bulk = Array.from({ length: many }, (_, i) => claimToRow(newClaim(`c-bulk-${i}`, { articleId: 'a-5', start: i % 40, end: (i % 40) + 1 })));
    await desk.database!.db.insertInto('claims').values(bulk).execute();
    const sizes = (batches: Claim[][]) => batches.map((b) => b.length);
    expect(sizes(await collect(desk.store.read.claims.inReadingOrder({ articleId: 'a-5' })))).toEqual([READING_ORDER_BATCH, READING_ORDER_BATCH, 100]);
    await rolledBack(desk.store, async (tx) => {
      const seen: string[] = [];
      for await (const batch of tx.claims.inReadingOrder({ articleId: 'a-5' }, { offset: 50, limit: READING_ORDER_BATCH + 10 })) {
        seen.push(...ids(batch));
        expect(await tx.claims.find(batch[0]!.id)).toStrictEqual(batch[0]); // the cursor leaves the connection free
      }
      expect(seen).toHaveLength(READING_ORDER_BATCH + 10);
    });
  });

  it('counts sign-in attempts per key in windows, shared through the database', async () => {
    const attempts = desk.store.attempts!;
    const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000);
    expect(await attempts.increment('k', 60_000, at(0))).toEqual({ totalHits: 1, resetTime: at(60) });
    expect(await attempts.increment('k', 60_000, at(10))).toEqual({ totalHits: 2, resetTime: at(60) });
    await attempts.decrement('k');
    expect((await attempts.increment('k', 60_000, at(20))).totalHits).toBe(2);
    expect(await attempts.increment('k', 60_000, at(60))).toEqual({ totalHits: 1, resetTime: at(120) }); // a new window
    await attempts.reset('k');
    expect((await attempts.increment('k', 60_000, at(61))).totalHits).toBe(1);
    const hits = await Promise.all(Array.from({ length: 20 }, () => attempts.increment('burst', 60_000, at(0))));
    expect(hits.map((h) => h.totalHits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe.skipIf(skipPostgres)('opening the PostgreSQL store', () => {
  const test = useTestDatabase();
  const SECRET = 'pw-never-shown-4242';
  const withPassword = () => {
    const url = new URL(databaseUrl(test.name));
    url.password = SECRET; // the local server trusts; the password is only there to be hidden
    return url.href;
  };

  it('refuses a database with unapplied migrations, naming them and not the password', async () => {
    const refusal = await openPostgresStore(withPassword()).then(() => null, (e: Error) => e);
    expect(refusal?.message).toMatch(/unapplied migrations: 0001-initial, 0002-repositories/);
    expect(refusal?.message).not.toContain(SECRET);
  });

  it('refuses an unreachable server without showing the password', async () => {
    const refusal = await openPostgresStore(`postgres://someone:${SECRET}@127.0.0.1:1/claimdesk`).then(() => null, (e: Error) => e);
    expect(refusal?.message).toMatch(/Cannot use PostgreSQL at postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/claimdesk/);
    expect(refusal?.message).not.toContain(SECRET);
  });

  it('is ready once migrated, and says which migration is missing when one is undone', async () => {
    await migrateToLatest(test.db);
    const store = await openPostgresStore(withPassword(), { poolSize: 2 });
    try {
      expect(await store.readiness()).toEqual({ ready: true });
      const migrator = new Migrator({ db: test.db, provider: defaultMigrationProvider() });
      expect((await migrator.migrateDown()).error).toBeUndefined();
      expect(await store.readiness()).toEqual({ ready: false, reason: 'unapplied migrations: 0002-repositories' });
      await migrateToLatest(test.db);
      expect(await store.readiness()).toEqual({ ready: true });
    } finally {
      await store.close();
    }
  });
});
