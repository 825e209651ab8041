// Moving a whole desk into and out of PostgreSQL (`npm run migrate-store`): a StoreData written into a migrated
// database in one transaction, in batches of a few thousand rows, and read back as the same StoreData.
//
// What does not map one to one, and how it is handled:
// - lowdb removes a deleted source, while its deleted claims keep naming it; PostgreSQL keeps sources softly deleted
//   so that every claim has its source under a foreign key (migration 0001). On import such a source gets a
//   placeholder row, already deleted: name and id the missing id, no names or aliases, created when the first claim
//   naming it was, deleted at the last change of such a claim (when it was really removed is not known). On export
//   deleted sources are left out again, as lowdb has them.
// - Insertion order: articles, claims and audit entries keep theirs in `seq`. Users, sessions, sources and rejected
//   suggestions have no `seq` column: they are read back by creation time, then physical order (`ctid`), which for
//   rows this module inserted into freshly truncated tables is their insertion order. So an import is read back in
//   its array order whenever those arrays are in creation order, as the app appends them.
// - jsonb keeps no key order; the contract gives none meaning (exportStoreData returns objects in the schema's key
//   order; free-form values such as audit entries' before and after come back with jsonb's).
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import { DEFAULT_RATING_SCALE, scaleBody } from '../../../domain/rating-scale.ts';
import { DEFAULT_SETTINGS, StoreDataSchema, type Claim, type StoreData } from '../../../domain/schemas.ts';
import type { Database, SourcesTable } from './database.ts';
import {
  articleFromRow, articleToRow, auditFromRow, auditToRow, sourceAuditFromRow, sourceAuditToRow, claimFromRow, claimToRow, rejectionFromRow,
  publicationFromRow, publicationToRow, rejectionToRow, sessionFromRow, sessionToRow, SETTINGS_COLUMNS, settingsFromRow, settingsToRow, sourceFromRow, sourceToRow, userFromRow, userToRow,
} from './rows.ts';

/** Rows per INSERT, and characters of JSON: a statement of a few megabytes, however long the articles. */
const BATCH_ROWS = 5000;
const BATCH_CHARS = 8_000_000;

/** The tables that hold a desk's content, children first (TRUNCATE names them all at once anyway). */
const CONTENT_TABLES = ['rating_scale_changes', 'publications', 'rejected_suggestions', 'source_audit_entries', 'audit_entries', 'claims', 'articles', 'sources', 'sessions', 'users'] as const;

/** The jsonb columns of each table: rows.ts gives them as JSON text already, which goes into a batch as it is. */
const JSONB_COLUMNS: Partial<Record<keyof Database, ReadonlySet<string>>> = {
  sources: new Set(['names', 'aliases', 'people', 'institutions']),
  claims: new Set(['quote', 'evidence']),
  audit_entries: new Set(['before', 'after']),
  source_audit_entries: new Set(['before', 'after']),
  publications: new Set(['snapshot', 'corrections']),
  rating_scale_changes: new Set(['change']),
};

/** Runs `work` in a transaction, or in the caller's, when `db` is one already. */
function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

/** `rows` as JSON objects, cut into arrays of at most BATCH_ROWS rows and about BATCH_CHARS characters. */
function* jsonBatches(rows: readonly object[], jsonb: ReadonlySet<string>): Generator<string> {
  let batch: string[] = [];
  let chars = 0;
  for (const row of rows) {
    const fields = Object.entries(row).map(([key, value]) => `${JSON.stringify(key)}:${jsonb.has(key) ? (value as string) : JSON.stringify(value)}`);
    const json = `{${fields.join(',')}}`;
    if (batch.length > 0 && (batch.length >= BATCH_ROWS || chars + json.length > BATCH_CHARS)) {
      yield `[${batch.join(',')}]`;
      batch = [];
      chars = 0;
    }
    batch.push(json);
    chars += json.length;
  }
  if (batch.length > 0) yield `[${batch.join(',')}]`;
}

/**
 * Inserts `rows` in batches, each one statement with one parameter: a JSON array that PostgreSQL turns into rows of
 * the table's type (json_populate_recordset), taken in array order, so that `seq` follows it. Against Kysely's
 * multi-row VALUES this spares building a query of 19,000 parameters per thousand claims; the time left is the
 * server's (indexes, foreign keys).
 */
async function insertAll<T extends keyof Database & string>(trx: Transaction<Database>, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (rows.length === 0) return;
  const jsonb = JSONB_COLUMNS[table] ?? new Set();
  const keys = Object.keys(rows[0]!);
  // A JSON null becomes SQL NULL in a record; in a jsonb column (an audit entry's before or after) it means jsonb null.
  const columns = sql.join(keys.map((key) => (jsonb.has(key) ? sql`coalesce(${sql.ref(`r.${key}`)}, 'null'::jsonb)` : sql.ref(`r.${key}`))));
  const names = sql.join(keys.map((key) => sql.id(key)));
  for (const batch of jsonBatches(rows, jsonb)) {
    await sql`insert into ${sql.table(table)} (${names})
      select ${columns} from json_populate_recordset(null::${sql.table(table)}, ${batch}::json) with ordinality as r
      order by r.ordinality`.execute(trx);
  }
}

/**
 * Deleted placeholders for the sources that claims name but `data` no longer holds (lowdb removed them): see the
 * header. In the order the claims first name them.
 */
export function placeholderSources(data: StoreData): Insertable<SourcesTable>[] {
  const present = new Set(data.sources.map((s) => s.id));
  const missing = new Map<string, Claim[]>();
  for (const claim of data.claims) {
    if (present.has(claim.sourceId)) continue;
    const naming = missing.get(claim.sourceId);
    if (naming) naming.push(claim);
    else missing.set(claim.sourceId, [claim]);
  }
  const earliest = (values: string[]) => values.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
  const latest = (values: string[]) => values.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return [...missing].map(([id, claims]) => {
    const lastChange = latest(claims.map((c) => c.updatedAt));
    return {
      id,
      name: id,
      kind: null,
      country: null,
      names: '{}',
      aliases: '[]',
      same_as: null,
      people: '[]',
      institutions: '[]',
      created_at: earliest(claims.map((c) => c.createdAt)),
      updated_at: lastChange,
      deleted_at: lastChange,
    };
  });
}

/** True when the desk holds nothing of its own: no article, claim, user or source (even deleted), default settings. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ empty: boolean }>`select
      not exists (select from articles) and not exists (select from claims) and not exists (select from users)
      and not exists (select from sources) and not exists (select from publications)
      and coalesce((select newsroom_name = ${DEFAULT_SETTINGS.newsroomName} and newsroom_url is not distinct from ${DEFAULT_SETTINGS.newsroomUrl} and public_base_url is null from settings), true)
      as empty`.execute(db);
  return rows[0]!.empty;
}

async function truncateContent(trx: Transaction<Database>, extra: readonly string[] = []): Promise<void> {
  // TRUNCATE fires no row triggers (audit entries are otherwise append-only), gives each table a new, empty file
  // (so `ctid` follows insertion order again) and restarts `seq` at 1.
  const tables = [...CONTENT_TABLES, ...extra].map((t) => sql.id(t));
  await sql`truncate ${sql.join(tables)} restart identity`.execute(trx);
}

async function writeSettings(trx: Transaction<Database>, settings: StoreData['settings']): Promise<void> {
  const values = settingsToRow(settings);
  await trx.insertInto('settings').values(values).onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

/**
 * The desk's rating scale (absent: the default, at version 1) and the `verdicts` rows claims point at, in step with
 * it. Run after the claims are gone or written: the claims' foreign key to verdicts is checked at commit.
 */
async function writeRatingScale(trx: Transaction<Database>, scale: StoreData['ratingScale']): Promise<void> {
  const verdicts = (scale ?? DEFAULT_RATING_SCALE).verdicts;
  await trx
    .updateTable('rating_scale')
    .set(
      scale
        ? { version: scale.version, updated_at: scale.updatedAt, body: JSON.stringify(scaleBody(scale)) }
        : { version: 1, updated_at: null, body: null },
    )
    .execute();
  const rows = verdicts.map((v, position) => ({ id: v.key, position, needs_review: v.needsReview }));
  await trx
    .insertInto('verdicts')
    .values(rows)
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ position: eb.ref('excluded.position'), needs_review: eb.ref('excluded.needs_review') })))
    .execute();
  await trx.deleteFrom('verdicts').where('id', 'not in', verdicts.map((v) => v.key)).execute();
}

/**
 * Empties the desk (`--force`): every entity of StoreData, the sign-in counters, and the settings and rating scale
 * back to their defaults. The migrations' record stays. In one transaction (the caller's, if `db` is one).
 */
export async function clear(db: Kysely<Database>): Promise<void> {
  await inTransaction(db, async (trx) => {
    await truncateContent(trx, ['sign_in_attempts']);
    await writeSettings(trx, DEFAULT_SETTINGS);
    await writeRatingScale(trx, undefined);
  });
}

/**
 * Writes the whole of `data` into a migrated database, in one transaction: all of it or, on any error, nothing.
 * Ids, versions, timestamps and deleted rows are kept; `seq` follows the arrays' order. The database must be empty
 * (isEmpty), unless `replace` is set, in which case its content is cleared first, in the same transaction.
 */
export async function importStoreData(db: Kysely<Database>, data: StoreData, options: { replace?: boolean } = {}): Promise<void> {
  await inTransaction(db, async (trx) => {
    if (options.replace) await clear(trx);
    else if (!(await isEmpty(trx))) throw new Error('Cannot import: the database already holds a desk (clear it first)');
    else await truncateContent(trx);
    await writeSettings(trx, data.settings);
    await writeRatingScale(trx, data.ratingScale);
    await insertAll(trx, 'users', data.users.map(userToRow));
    await insertAll(trx, 'sessions', data.sessions.map(sessionToRow));
    await insertAll(trx, 'sources', [...data.sources.map(sourceToRow), ...placeholderSources(data)]);
    await insertAll(trx, 'articles', data.articles.map(articleToRow));
    await insertAll(trx, 'claims', data.claims.map(claimToRow));
    await insertAll(trx, 'audit_entries', data.audit.map(auditToRow));
    await insertAll(trx, 'source_audit_entries', data.sourceAudit.map(sourceAuditToRow));
    await insertAll(trx, 'rejected_suggestions', data.rejectedSuggestions.map(rejectionToRow));
    await insertAll(trx, 'publications', data.publications.map(publicationToRow));
    await insertAll(
      trx,
      'rating_scale_changes',
      data.ratingScaleChanges.map((c) => ({ id: c.id, at: c.at, user_id: c.userId, change: JSON.stringify(c) })),
    );
  });
}

/**
 * The whole desk as lowdb keeps it, read from one consistent snapshot (repeatable read): entities in insertion order
 * (see the header), deleted sources left out. Validated against StoreDataSchema, so a row the contract would refuse
 * stops the export with the schema's message instead of producing a store the app cannot open.
 */
export async function exportStoreData(db: Kysely<Database>): Promise<StoreData> {
  const read = async (trx: Kysely<Database>) => {
    const settings = await trx.selectFrom('settings').select(SETTINGS_COLUMNS).executeTakeFirst();
    const users = await trx.selectFrom('users').selectAll().orderBy('created_at').orderBy(sql`ctid`).execute();
    const sessions = await trx.selectFrom('sessions').selectAll().orderBy('created_at').orderBy(sql`ctid`).execute();
    const sources = await trx.selectFrom('sources').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy(sql`ctid`).execute();
    const articles = await trx.selectFrom('articles').selectAll().orderBy('seq').execute();
    const claims = await trx.selectFrom('claims').selectAll().orderBy('seq').execute();
    const audit = await trx.selectFrom('audit_entries').selectAll().orderBy('seq').execute();
    const sourceAudit = await trx.selectFrom('source_audit_entries').selectAll().orderBy('seq').execute();
    const rejected = await trx.selectFrom('rejected_suggestions').selectAll().orderBy('at').orderBy(sql`ctid`).execute();
    const publications = await trx.selectFrom('publications').selectAll().orderBy('seq').execute();
    const scale = await trx.selectFrom('rating_scale').select(['version', 'updated_at', 'body']).executeTakeFirst();
    const scaleChanges = await trx.selectFrom('rating_scale_changes').select('change').orderBy('seq').execute();
    return {
      schemaVersion: 1,
      settings: settings ? settingsFromRow(settings) : DEFAULT_SETTINGS,
      sources: sources.map(sourceFromRow),
      articles: articles.map(articleFromRow),
      claims: claims.map(claimFromRow),
      users: users.map(userFromRow),
      sessions: sessions.map(sessionFromRow),
      audit: audit.map(auditFromRow),
      sourceAudit: sourceAudit.map(sourceAuditFromRow),
      rejectedSuggestions: rejected.map(rejectionFromRow),
      publications: publications.map(publicationFromRow),
      ...(scale?.body && { ratingScale: { ...scale.body, version: scale.version, updatedAt: scale.updated_at ?? DEFAULT_RATING_SCALE.updatedAt } }),
      ratingScaleChanges: scaleChanges.map((c) => c.change),
    };
  };
  const raw = db.isTransaction ? await read(db) : await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(read);
  const parsed = StoreDataSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Cannot export: the database holds what the store schema refuses at "${issue.path.join('.')}": ${issue.message}`);
  }
  return parsed.data;
}
