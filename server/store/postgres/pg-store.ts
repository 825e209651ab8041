// The Store (server/store/repositories.ts) on PostgreSQL, chosen with DATABASE_URL: reads on the pool, units of work
// in transactions, snapshots in read-only REPEATABLE READ transactions, readiness from the migrations table, and the sign-in counters in a table that every server
// behind the proxy shares. It refuses to open a database with unapplied migrations, naming them.
import { sql, type Kysely } from 'kysely';
import type { AttemptCounters, Readiness, Repositories, Store } from '../repositories.ts';
import { DatabaseConnectionError, connectionError, openDatabase, redactConnectionString } from './connection.ts';
import type { Database } from './database.ts';
import { pendingMigrations } from './migrations.ts';
import { isRetryable } from './pg-errors.ts';
import { asSnapshot } from './pg-scope.ts';
import { postgresRepositories } from './pg-repositories.ts';

export interface PostgresStoreOptions {
  /** Where errors of idle connections go (redacted); console.error by default. */
  log?: (message: string) => void;
  /** Most connections this server opens (default 10). A report's stream holds one while it runs. */
  poolSize?: number;
}

/** The store's database has migrations it has not applied: the server must not serve it (run `npm run migrate`). */
export class PendingMigrationsError extends Error {
  override name = 'PendingMigrationsError';
  constructor(
    where: string,
    readonly pending: string[],
  ) {
    super(`PostgreSQL at ${where} has unapplied migrations: ${pending.join(', ')}. Apply them with DATABASE_URL=… npm run migrate.`);
  }
}

/**
 * How many times a unit of work runs at most when PostgreSQL ends it to break a deadlock or a serialization
 * conflict (pg-scope.ts says when two units of work can deadlock). A unit of work waits on nothing but its
 * repositories, so running it again gives the answer it would have given had it run alone.
 */
const ATTEMPTS = 3;

/** Any error met while asking the database, as a DatabaseConnectionError naming the redacted address. */
const redacted = (error: unknown, url: string) => (error instanceof DatabaseConnectionError ? error : connectionError(error, url));

/** The sign-in counters in sign_in_attempts: one atomic upsert per failure, a new window once the last has passed. */
function attemptCounters(db: Kysely<Database>): AttemptCounters {
  return {
    async increment(key, windowMs, now) {
      const at = now.toISOString();
      // Counters whose window has passed count as none: dropping them keeps the table as small as the live windows.
      await db.deleteFrom('sign_in_attempts').where('reset_at', '<', at).execute();
      const row = await db
        .insertInto('sign_in_attempts')
        .values({ key, hits: 1, reset_at: new Date(now.getTime() + windowMs).toISOString() })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            hits: sql<number>`case when sign_in_attempts.reset_at <= ${at} then 1 else sign_in_attempts.hits + 1 end`,
            reset_at: sql<string>`case when sign_in_attempts.reset_at <= ${at} then excluded.reset_at else sign_in_attempts.reset_at end`,
          }),
        )
        .returning(['hits', 'reset_at'])
        .executeTakeFirstOrThrow();
      return { totalHits: row.hits, resetTime: new Date(row.reset_at) };
    },
    async decrement(key) {
      await db.updateTable('sign_in_attempts').set({ hits: sql<number>`greatest(hits - 1, 0)` }).where('key', '=', key).execute();
    },
    async reset(key) {
      await db.deleteFrom('sign_in_attempts').where('key', '=', key).execute();
    },
  };
}

/** The Store over `db`, whose migrations are all applied; closing it ends `db`'s pool. */
export function postgresStore(db: Kysely<Database>, url: string): Store {
  let closing: Promise<void> | undefined;
  return {
    kind: 'postgres',
    read: postgresRepositories(db),
    async transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await db.transaction().execute((trx) => work(postgresRepositories(trx)));
        } catch (error) {
          if (attempt < ATTEMPTS && isRetryable(error)) continue;
          throw error;
        }
      }
    },
    snapshot<T>(work: (read: Repositories) => Promise<T>): Promise<T> {
      // Not run again on failure as units of work are: a snapshot's work sends what it reads as it goes. Read only,
      // it meets no serialization failure; it takes no lock (pg-scope.ts), so no writer waits for it.
      return db
        .transaction()
        .setIsolationLevel('repeatable read')
        .setAccessMode('read only')
        .execute((trx) => work(postgresRepositories(asSnapshot(trx))));
    },
    async readiness(): Promise<Readiness> {
      try {
        const pending = await pendingMigrations(db);
        return pending.length === 0 ? { ready: true } : { ready: false, reason: `unapplied migrations: ${pending.join(', ')}` };
      } catch (error) {
        return { ready: false, reason: redacted(error, url).message };
      }
    },
    attempts: attemptCounters(db),
    close: () => (closing ??= db.destroy()),
  };
}

/**
 * Opens the PostgreSQL store at `url`: connects, and refuses (PendingMigrationsError) a database with unapplied
 * migrations. Errors name the address with its password redacted, never the password.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const log = options.log ?? ((message: string) => console.error(message));
  const db = openDatabase(url, { ...(options.poolSize !== undefined && { max: options.poolSize }), onIdleError: (error) => log(error.message) });
  try {
    const pending = await pendingMigrations(db).catch((error: unknown) => {
      throw redacted(error, url);
    });
    if (pending.length > 0) throw new PendingMigrationsError(redactConnectionString(url), pending);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return postgresStore(db, url);
}
