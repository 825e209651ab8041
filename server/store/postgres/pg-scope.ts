// What the PostgreSQL repositories share: the database they run on (the pool for reads, or one unit of work's
// transaction) and the locks by which a unit of work at READ COMMITTED keeps the rules that span rows.
//
// Why these locks (lowdb runs units of work one at a time, so it needs none):
// - A claim's edit needs none: UPDATE … WHERE version = $2 waits for a concurrent writer of the row and then checks
//   the version again on the row as that writer left it, so the second of two edits from one version changes nothing.
// - Counting an article's or a source's live claims decides whether its text may change or it may be deleted, while
//   adding or moving a claim reads the article and source it points at. Inside a unit of work `find` takes a share
//   lock on the article or source and the count a no-key-update lock before it counts: a count waits for the
//   units of work that are attaching a claim, and sees their claims; one that reads later waits for the count's
//   change, and sees the text changed or the source gone. (Two units of work that both read and then change one
//   article can deadlock; PostgreSQL ends one, and pg-store.ts runs it again.)
// - Counting accounts (the first editor, the last active editor) takes an advisory lock for the rest of the unit of
//   work, so two set-ups or two editors disabling each other are decided one after the other.
// A snapshot (store.snapshot, a report streamed to a slow client) is a transaction too, but only reads: it takes none
// of these locks, or a download of minutes would hold up every writer of the articles and sources it read.
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/** The transactions of snapshots (pg-store.ts): read only, they take no lock. */
const snapshots = new WeakSet<Kysely<Database>>();

/** Marks `trx` as a snapshot's transaction, one whose repositories neither write nor lock. */
export function asSnapshot(trx: Kysely<Database>): Kysely<Database> {
  snapshots.add(trx);
  return trx;
}

/** Whether `db` is a unit of work's transaction: it may write, and takes the locks described above. */
export const isUnitOfWork = (db: Kysely<Database>): boolean => db.isTransaction && !snapshots.has(db);

/** The advisory lock of account counts: "cdus" in ASCII, a key no other part of Claimdesk takes. */
const ACCOUNTS_LOCK = 0x63647573;

/** Throws unless `db` is a unit of work's transaction: as on lowdb, reads of the committed state cannot write. */
export function mustWrite(db: Kysely<Database>): void {
  if (!isUnitOfWork(db)) throw new Error('write outside a unit of work: use store.transaction');
}

/** Inside a unit of work, waits until no other unit of work counting accounts is running, and holds that until commit. */
export async function lockAccountCounts(db: Kysely<Database>): Promise<void> {
  if (isUnitOfWork(db)) await sql`select pg_advisory_xact_lock(${sql.lit(ACCOUNTS_LOCK)})`.execute(db);
}

/**
 * Inside a unit of work, locks the row `id` of `table` against changes and share locks until commit, so that a count
 * made after it (a separate statement, with its own snapshot) sees every claim committed by those who held it.
 */
export async function lockForCount(db: Kysely<Database>, table: 'articles' | 'sources', id: string): Promise<void> {
  if (isUnitOfWork(db)) await db.selectFrom(table).select('id').where('id', '=', id).forNoKeyUpdate().execute();
}
