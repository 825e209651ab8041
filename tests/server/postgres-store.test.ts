// The PostgreSQL store beyond the store contract (store-contract.test.ts): units of work that run at once (one
// version wins, counts wait for the claims being attached, deadlocks are run again, races on unique keys answer as
// lowdb would), reports read from a cursor, the shared sign-in counters, and opening a database: refused with
// unapplied migrations, never showing the password.
import { Migrator, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, StoreData } from '../../domain/schemas.ts';
import { RATING_SCALE_PRESETS } from '../../domain/rating-scale.ts';
import { HttpError } from '../../server/errors.ts';
import { updateClaim } from '../../server/services/claims.ts';
import { updateRatingScale } from '../../server/services/rating-scale.ts';
import { defaultMigrationProvider, migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { READING_ORDER_BATCH } from '../../server/store/postgres/pg-claim-repositories.ts';
import { openPostgresStore } from '../../server/store/postgres/pg-store.ts';
import { claimToRow } from '../../server/store/postgres/rows.ts';
import type { Repositories } from '../../server/store/repositories.ts';
import { T0, buildSource } from '../support/builders.ts';
import { contractDesk, deskClaim } from '../support/contract-desk.ts';
import { databaseUrl, skipPostgres, useTestDatabase } from '../support/postgres.ts';
import { collectBatches, postgresStoreFactory, rolledBack } from '../support/store-factories.ts';

let data: StoreData;
beforeAll(async () => {
  data = await contractDesk();
});

const article = (id: string) => data.articles.find((a) => a.id === id)!;
const claim = (id: string) => data.claims.find((c) => c.id === id)!;
const source = (id: string) => data.sources.find((s) => s.id === id)!;
const user = (id: string) => data.users.find((u) => u.id === id)!;
const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe.skipIf(skipPostgres)('the PostgreSQL store under concurrency', () => {
  const desk = postgresStoreFactory.use(contractDesk);

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
        await tx.claims.insert(deskClaim('c-contested', { sourceId: 'contested' }));
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
        await tx.claims.insert(deskClaim('c-into-a-4', { articleId: 'a-4' }));
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
    await Promise.all([rename('One'), rename('Other')]); // without the retry, one of them rejects with 40P01
    // At least one run again. The run again can take its share lock before the survivor's update and deadlock
    // once more (seen in CI: 4 runs), which the store must also survive.
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(['One', 'Other']).toContain((await desk.store.read.articles.find('a-2'))!.title);
  });

  it('answers a verdict change that raced the verdict\'s removal from the scale as lowdb would: unknown verdict', async () => {
    let n = 0;
    const ctx = { now: T0, newId: () => `race-${++n}`, userId: null };
    const misleading = RATING_SCALE_PRESETS.find((v) => v.key === 'misleading')!;
    const scale = await desk.store.read.ratingScale.get();
    const withIt = await desk.store.transaction((tx) => updateRatingScale(tx, { ...scale, verdicts: [...scale.verdicts, misleading] }, ctx));
    const before = claim('c-7');
    let runs = 0;
    const outcome = await whileHeld(
      // The scale's change drops the verdict (no claim uses it yet) and waits to commit...
      (tx) => updateRatingScale(tx, { ...withIt, verdicts: scale.verdicts }, ctx),
      // ...while a claim takes it: the scale it reads still has it; the check at its commit waits for the drop.
      (tx) => {
        runs += 1;
        return updateClaim(tx, before, { verdict: 'misleading', version: before.version }, ctx);
      },
    ).then(
      () => null,
      (error: unknown) => error,
    );
    // Without running it again, the foreign key's failure at commit was a 500.
    expect(outcome).toBeInstanceOf(HttpError);
    expect(outcome).toMatchObject({ status: 400, field: 'verdict', extra: { params: { reason: 'unknown_verdict' } } });
    expect(runs).toBe(2);
    expect(await desk.store.read.claims.find('c-7')).toStrictEqual(before);
    expect((await desk.store.read.ratingScale.get()).verdicts.map((v) => v.key)).toEqual(scale.verdicts.map((v) => v.key));
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
    const bulk = Array.from({ length: many }, (_, i) => claimToRow(deskClaim(`c-bulk-${i}`, { articleId: 'a-5', start: i % 40, end: (i % 40) + 1 })));
    await desk.database!.db.insertInto('claims').values(bulk).execute();
    const sizes = (batches: Claim[][]) => batches.map((b) => b.length);
    expect(sizes(await collectBatches(desk.store.read.claims.inReadingOrder({ articleId: 'a-5' })))).toEqual([READING_ORDER_BATCH, READING_ORDER_BATCH, 100]);
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
    expect(refusal?.message).toMatch(/unapplied migrations: 0001-initial, 0002-repositories, 0003-claim-search/);
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
      const latest = Object.keys(await defaultMigrationProvider().getMigrations()).sort().at(-1);
      expect(latest).toMatch(/^\d{4}-/);
      expect((await migrator.migrateDown()).error).toBeUndefined();
      expect(await store.readiness()).toEqual({ ready: false, reason: `unapplied migrations: ${latest}` });
      await migrateToLatest(test.db);
      expect(await store.readiness()).toEqual({ ready: true });
    } finally {
      await store.close();
    }
  });
});
