// PostgreSQL for tests: a fresh database per test file (claimdesk_test_<random>) on the server TEST_DATABASE_URL
// names (default: the local one, user postgres, no password), dropped afterwards. Without a reachable server the
// tests are skipped with the reason printed, except under CI, where they run and fail: they never pass silently.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { connectionError, openDatabase } from '../../server/store/postgres/connection.ts';
import { ADMIN_URL, unreachableReason } from './postgres-reachable.ts';

export { ADMIN_URL };
import type { Database } from '../../server/store/postgres/database.ts';

const reason = await unreachableReason();
const inCi = Boolean(process.env.CI);
if (reason !== null) {
  console.warn(
    inCi
      ? `PostgreSQL tests will fail: CI is set and PostgreSQL is unreachable. ${reason}`
      : `PostgreSQL tests skipped: ${reason}. Start PostgreSQL on 127.0.0.1:5432 or set TEST_DATABASE_URL to run them.`,
  );
}

/** True when the PostgreSQL tests must be skipped (no server, and not in CI). */
export const skipPostgres = reason !== null && !inCi;

/** `describe` for tests that need PostgreSQL: skipped with a printed reason when none is reachable outside CI. */
export const describeWithPostgres = describe.skipIf(skipPostgres);

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.href;
}

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    return await work(client);
  } catch (error) {
    if (error instanceof pg.DatabaseError) throw error;
    throw connectionError(error, ADMIN_URL);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase {
  /** The database's name, claimdesk_test_<random>. */
  name: string;
  /** Its connection string. */
  url: string;
  /** A Kysely handle on it, closed after the file's tests. */
  db: Kysely<Database>;
}

/**
 * Registers hooks that create an empty database before the file's tests and drop it after (closing every
 * connection to it). Read the returned object's fields inside tests, once beforeAll has run.
 */
export function useTestDatabase(): TestDatabase {
  const handle = {} as TestDatabase;
  beforeAll(async () => {
    if (reason !== null) throw new Error(`PostgreSQL tests cannot run: ${reason}`);
    handle.name = `claimdesk_test_${randomBytes(6).toString('hex')}`;
    await onAdmin((client) => client.query(`create database ${handle.name} encoding 'UTF8' template template0`));
    handle.url = databaseUrl(handle.name);
    handle.db = openDatabase(handle.url, { max: 4 });
  });
  afterAll(async () => {
    if (!handle.name) return;
    await handle.db?.destroy();
    await onAdmin((client) => client.query(`drop database if exists ${handle.name} with (force)`));
  });
  return handle;
}

/** A new empty database on the test server, outside any hooks (openTestApp's PostgreSQL store); drop it when done. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  if (reason !== null) throw new Error(`PostgreSQL tests cannot run: ${reason}`);
  const name = `claimdesk_test_${randomBytes(6).toString('hex')}`;
  await onAdmin((client) => client.query(`create database ${name} encoding 'UTF8' template template0`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => onAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
