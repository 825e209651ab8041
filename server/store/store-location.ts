// Where `npm run migrate-store` reads or writes a whole desk: a lowdb data folder (snapshot and journal, through the
// file store's own code) or a PostgreSQL database (through postgres/transfer.ts), behind one small interface.
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { STORE_FILE_NAME, openFileStore } from './file-store.ts';
import { JournaledJsonFile } from './journaled-json-file.ts';
import { openDatabase, redactConnectionString } from './postgres/connection.ts';
import type { Database } from './postgres/database.ts';
import { migrateToLatest, pendingMigrations } from './postgres/migrations.ts';
import { exportStoreData, importStoreData, isEmpty } from './postgres/transfer.ts';

/** A refusal the user can act on (exit 2), as opposed to a failure. */
export class RefusedError extends Error {
  override name = 'RefusedError';
}

export interface StoreLocation {
  /** The folder, or the database's address with its password redacted: safe to print. */
  readonly label: string;
  readonly kind: 'lowdb folder' | 'PostgreSQL database';
  /** Readies it as a source: refuses a database with pending migrations, which this code cannot read. */
  openAsSource(): Promise<void>;
  /** Readies it as a target: applies a database's pending migrations; returns their names. */
  openAsTarget(): Promise<string[]>;
  /** True when it holds no desk yet (no store file; or no article, claim, user or source, default settings). */
  isEmpty(): Promise<boolean>;
  /** The desk it holds, or null when it holds no store at all. */
  read(): Promise<StoreData | null>;
  /**
   * Writes `data` as its whole content, all or nothing. Without `replace` a database refuses to, in the same
   * transaction, if it is no longer empty; a folder's store is replaced either way (check isEmpty first).
   */
  write(data: StoreData, options: { replace: boolean }): Promise<void>;
  close(): Promise<void>;
}

export const isDatabaseAddress = (argument: string) => /^postgres(ql)?:\/\//i.test(argument);

/** A `postgres://` or `postgresql://` argument names a database; anything else a lowdb data folder. */
export function storeLocation(argument: string, options: { log?: (message: string) => void } = {}): StoreLocation {
  return isDatabaseAddress(argument) ? databaseLocation(argument) : folderLocation(argument, options.log);
}

/** True when `data` holds no desk: what isEmpty means for a database, applied to a folder's content. */
export function holdsNoDesk(data: StoreData): boolean {
  return (
    data.articles.length === 0 && data.claims.length === 0 && data.users.length === 0 && data.sources.length === 0 &&
    data.settings.newsroomName === DEFAULT_SETTINGS.newsroomName && data.settings.newsroomUrl === DEFAULT_SETTINGS.newsroomUrl
  );
}

function folderLocation(folder: string, log: (message: string) => void = console.error): StoreLocation {
  const file = join(resolve(folder), STORE_FILE_NAME);
  // A fresh adapter for each read: it replays the journal as it is on disk now, and writes nothing but the backup
  // (`claimdesk.json.bak`) a server would also leave at start-up.
  const read = () => new JournaledJsonFile(file, StoreDataSchema, { log }).read();
  return {
    label: folder,
    kind: 'lowdb folder',
    openAsSource: async () => {},
    openAsTarget: async () => [],
    isEmpty: async () => {
      const data = await read();
      return data === null || holdsNoDesk(data);
    },
    read,
    async write(data) {
      // A new folder is seeded as the server seeds one (a snapshot); an existing store takes the new content as one
      // journaled change, so that a crash leaves either the old desk or the new one.
      const { store, seeded } = await openFileStore(folder, async () => data, { log });
      if (!seeded) await store.update(() => ({ data, result: null }));
    },
    close: async () => {},
  };
}

function databaseLocation(url: string): StoreLocation {
  const label = redactConnectionString(url);
  let db: Kysely<Database> | null = null;
  const open = () => (db ??= openDatabase(url, { max: 2 }));
  return {
    label,
    kind: 'PostgreSQL database',
    async openAsSource() {
      const pending = await pendingMigrations(open());
      if (pending.length > 0) {
        throw new RefusedError(`${label} has migrations not applied (${pending.join(', ')}): run \`DATABASE_URL=… npm run migrate\` on it first`);
      }
    },
    openAsTarget: () => migrateToLatest(open()),
    isEmpty: () => isEmpty(open()),
    read: () => exportStoreData(open()),
    write: (data, { replace }) => importStoreData(open(), data, { replace }),
    async close() {
      await db?.destroy();
      db = null;
    },
  };
}
