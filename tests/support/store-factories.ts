// The stores the store contract runs on, each opened fresh for a suite and seeded through its repositories, and
// small helpers for tests of any Store: a unit of work thrown away, the batches of a reading order collected.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Claim, StoreData } from '../../domain/schemas.ts';
import { createMemoryStore } from '../../server/store/low-store.ts';
import { createLowRepositoryStore } from '../../server/store/low-repositories.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { openPostgresStore } from '../../server/store/postgres/pg-store.ts';
import type { Repositories, Store } from '../../server/store/repositories.ts';
import { buildStoreData } from './builders.ts';
import { skipPostgres, useTestDatabase, type TestDatabase } from './postgres.ts';
import { seedStore } from '../../server/store/seed-store.ts';

export interface StoreHandle {
  store: Store;
  /** PostgreSQL: the suite's database. */
  database?: TestDatabase;
}

export interface StoreFactory {
  name: string;
  kind: Store['kind'];
  /** Why this store cannot be tested here, when it cannot. */
  skip?: string;
  /** Registers hooks that open a store seeded with `data` before the enclosing suite's tests, and close it after. */
  use(data: () => Promise<StoreData>): StoreHandle;
}

/** A fresh database per suite, migrated, the store opened on it and seeded through its repositories. */
export const postgresStoreFactory: StoreFactory = {
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

/** lowdb's repositories over a memory state store, seeded through them. */
export const lowdbStoreFactory: StoreFactory = {
  name: 'lowdb',
  kind: 'lowdb',
  use(data) {
    const handle = {} as StoreHandle;
    beforeAll(async () => {
      handle.store = createLowRepositoryStore(createMemoryStore(buildStoreData({ sources: [], articles: [] })));
      await seedStore(handle.store, await data());
    });
    afterAll(() => handle.store?.close());
    return handle;
  },
};

/** Runs `work` in a unit of work that is then thrown away; returns what `work` returned. */
export async function rolledBack<T>(store: Store, work: (tx: Repositories) => Promise<T>): Promise<T> {
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

export async function collectBatches(batches: AsyncIterable<Claim[]>): Promise<Claim[][]> {
  const out: Claim[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}
