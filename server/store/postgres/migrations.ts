// The ordered, recorded migrations of the PostgreSQL store: Kysely's Migrator over the numbered files in
// ./migrations (0001-initial.ts, …), applied in name order, each in its own transaction, recorded in the
// kysely_migration table under a lock, so two servers starting at once cannot apply one twice.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import { DatabaseConnectionError } from './connection.ts';

/** The folder of numbered migrations beside this module. */
export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, 'migrations');

/** `0001-initial.ts` (or `.js` once compiled): four digits, a name, no declaration files. */
const MIGRATION_FILE = /^(\d{4}-[a-z0-9-]+)\.(ts|js)$/;

/**
 * The migrations of `folder`, by file name without extension. Unlike Kysely's FileMigrationProvider, the import
 * happens here, in the app's module graph, so it loads .ts files wherever the app runs from source (tsx, vitest),
 * and a numbered file without `up` is an error rather than silently left out.
 */
export function folderMigrationProvider(folder = MIGRATIONS_FOLDER): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const file of (await readdir(folder)).sort()) {
        const name = MIGRATION_FILE.exec(file)?.[1];
        if (!name) continue;
        const module = (await import(pathToFileURL(path.join(folder, file)).href)) as Partial<Migration>;
        if (typeof module.up !== 'function') throw new Error(`Migration ${file} exports no up() function`);
        migrations[name] = { up: module.up, ...(module.down && { down: module.down }) };
      }
      return migrations;
    },
  };
}

export const defaultMigrationProvider = (): MigrationProvider => folderMigrationProvider();

function migrator<DB>(db: Kysely<DB>, provider: MigrationProvider): Migrator {
  return new Migrator({ db, provider });
}

/** The names of the migrations `provider` knows that the database has not recorded as applied, in order. */
export async function pendingMigrations<DB>(db: Kysely<DB>, provider = defaultMigrationProvider()): Promise<string[]> {
  const migrations = await migrator(db, provider).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    /** The migrations applied before the failure (they stay applied: each ran in its own transaction). */
    readonly applied: string[],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Applies every pending migration in order; returns the names applied (none when the database is up to date).
 * Throws a MigrationError naming the migration that failed; the ones before it stay applied.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>, provider = defaultMigrationProvider()): Promise<string[]> {
  const { error, results = [] } = await migrator(db, provider).migrateToLatest();
  const applied = results.filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error instanceof DatabaseConnectionError) throw error; // says already where and why, redacted
  if (error !== undefined) {
    const failed = results.find((r: MigrationResult) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(failed ? `Migration ${failed} failed: ${reason}` : `Migrations could not run: ${reason}`, applied, {
      cause: error,
    });
  }
  return applied;
}
