// Migration 0003: the queue search (`q`, issue 16). Each claim keeps its quote and note in the search's normal form
// (domain/search-normalize.ts) in `search`, written by the app with every insert and update (rows.ts claimToRow),
// so that PostgreSQL matches exactly what lowdb matches; SQL's own lower() and translate() would not (lower case
// follows the database's locale). Claims already stored get theirs here, from the same function. A trigram index
// lets `search LIKE '%…%'` skip claims without the query's trigrams; without the pg_trgm extension (it needs the
// contrib package and the right to create it) the search still works, scanning the claims the other filters leave.
// Measured on PostgreSQL 15 (C.UTF-8, where pg_trgm takes Arabic letters as word characters): LIKE '%ارمينيا%' over
// 50,000 rows read 100 heap blocks through the index in 0.6 ms.
import { sql, type Kysely } from 'kysely';
import { claimSearchText } from '../../../../domain/search-normalize.ts';

const BATCH = 1000;
/** Why `create extension pg_trgm` may fail where the search should go on without it: not installed, not allowed. */
const TRGM_UNAVAILABLE = new Set(['58P01', '42501', '0A000', '42704']);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table claims add column search text not null default ''`.execute(db);
  for (let after = 0; ; ) {
    const { rows } = await sql<{ seq: string; id: string; exact: string; note: string }>`
      select seq, id, quote->>'exact' as exact, note from claims where seq > ${after} order by seq limit ${BATCH}`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      await sql`update claims set search = ${claimSearchText({ quote: { exact: row.exact }, note: row.note })} where id = ${row.id}`.execute(db);
    }
    after = Number(rows.at(-1)!.seq);
  }
  await sql`savepoint claim_search_trgm`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index claims_search_idx on claims using gin (search gin_trgm_ops) where deleted_at is null`.execute(db);
    await sql`release savepoint claim_search_trgm`.execute(db);
  } catch (error) {
    if (!TRGM_UNAVAILABLE.has((error as { code?: string }).code ?? '')) throw error;
    // No pg_trgm here: the search works without its index (see above).
    await sql`rollback to savepoint claim_search_trgm`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists claims_search_idx`.execute(db);
  await sql`alter table claims drop column search`.execute(db);
}
