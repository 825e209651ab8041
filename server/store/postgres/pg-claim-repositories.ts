// The PostgreSQL repositories of articles, claims, their audit log and rejected suggestions (repositories.ts): each
// question asked in SQL with the query builders of article-queries.ts and claim-queries.ts, on the pool for reads or
// on a unit of work's transaction (pg-scope.ts says which locks a unit of work takes, and why).
import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { ClaimsQuery } from '../../../domain/requests.ts';
import type { AuditEntry, Claim } from '../../../domain/schemas.ts';
import type { ArticleRepository, AuditRepository, ClaimRange, ClaimRepository, SuggestionRepository } from '../repositories.ts';
import { articleClaimsQuery, articleSummariesQuery, articleSummaryFromRow } from './article-queries.ts';
import { claimsSummaryQuery, countClaimsQuery, claimsPageQuery, readingOrderQuery, referencesQuery, sortedClaimsQuery, summaryFromRows } from './claim-queries.ts';
import type { Database } from './database.ts';
import { duplicateArticle, isPgError, PG_ERRORS } from './pg-errors.ts';
import { readRatingScale } from './pg-rating-scale-repository.ts';
import { isUnitOfWork, lockForCount, mustWrite } from './pg-scope.ts';
import { ARTICLE_COLUMNS, articleFromRow, articleToRow, auditFromRow, auditToRow, claimFromRow, claimToRow, rejectionToRow } from './rows.ts';

/** Claims per batch of inReadingOrder: what is in memory at once, and one round trip to the cursor each. */
export const READING_ORDER_BATCH = 1000;

const TEXT_KEY = 'articles_live_text_key';

/** The live article holding `text`, other than `exceptId`, found by the hash that articles_live_text_key indexes. */
function liveTwin(db: Kysely<Database>, text: string, exceptId?: string) {
  return db
    .selectFrom('articles')
    .select(ARTICLE_COLUMNS)
    .where(sql<boolean>`text_sha256 = claimdesk_text_sha256(${text})`)
    .where('text', '=', text)
    .where('deleted_at', 'is', null)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();
}

export function articleRepository(db: Kysely<Database>): ArticleRepository {
  return {
    summaries: async () => {
      const scale = await readRatingScale(db);
      return (await articleSummariesQuery(db).execute()).map((row) => articleSummaryFromRow(row, scale));
    },
    find: async (id) => {
      const row = await db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).$if(isUnitOfWork(db), (q) => q.forShare()).executeTakeFirst();
      return row && articleFromRow(row);
    },
    findLiveByText: async (text, exceptId) => {
      const row = await liveTwin(db, text, exceptId);
      return row && articleFromRow(row);
    },
    findMany: async (ids) => {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', 'in', [...ids]).orderBy('seq').execute();
      return rows.map(articleFromRow);
    },
    insert: async (article) => {
      mustWrite(db);
      // A twin committed meanwhile (the service looked first) is skipped rather than raised, so that it can be named.
      const inserted = await db
        .insertInto('articles')
        .values(articleToRow(article))
        .onConflict((oc) => oc.column('text_sha256').where('deleted_at', 'is', null).doNothing())
        .executeTakeFirst();
      if (inserted.numInsertedOrUpdatedRows === 0n) throw await twinRefusal(db, article.text, article.id);
    },
    update: async (next) => {
      mustWrite(db);
      const { id, ...row } = articleToRow(next);
      // A savepoint keeps the transaction usable after a unique violation, to name the twin that caused it.
      await sql`savepoint article_update`.execute(db);
      try {
        await db.updateTable('articles').set((eb) => ({ ...row, version: eb('version', '+', 1) })).where('id', '=', id).execute();
      } catch (error) {
        if (!isPgError(error, PG_ERRORS.uniqueViolation, TEXT_KEY)) throw error;
        await sql`rollback to savepoint article_update`.execute(db);
        throw await twinRefusal(db, next.text, id);
      }
      await sql`release savepoint article_update`.execute(db);
    },
  };
}

async function twinRefusal(db: Kysely<Database>, text: string, exceptId: string) {
  const twin = await liveTwin(db, text, exceptId);
  if (!twin) throw new Error(`The text of article ${exceptId} met a live twin that is gone again`);
  return duplicateArticle(twin);
}

/** A select that can be compiled or streamed (what Kysely's SelectQueryBuilder offers). */
interface Streamable<R> {
  compile(): CompiledQuery<R>;
  stream(chunkSize: number): AsyncIterableIterator<R>;
}

/**
 * Batches of `size` rows of `query`, read from a cursor so that only one batch is in memory at once: on the pool,
 * Kysely's stream over pg-cursor (it holds one connection until the last batch); in a transaction (a unit of work or
 * a snapshot), a cursor declared in SQL, because pg-cursor keeps its connection busy until it closes, and the unit of work could not ask
 * anything else between batches, whereas a declared cursor is fetched by ordinary queries between which others run.
 */
async function* batches<R>(db: Kysely<Database>, query: Streamable<R>, size: number): AsyncGenerator<R[]> {
  if (!db.isTransaction) {
    let batch: R[] = [];
    for await (const row of query.stream(size)) {
      batch.push(row);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return;
  }
  const compiled = query.compile();
  const name = `reading_order_${++cursorCount}`;
  await db.executeQuery(CompiledQuery.raw(`declare ${name} no scroll cursor for ${compiled.sql}`, [...compiled.parameters]));
  try {
    for (;;) {
      const { rows } = await db.executeQuery<R>(CompiledQuery.raw(`fetch forward ${size} from ${name}`));
      if (rows.length > 0) yield [...rows];
      if (rows.length < size) return;
    }
  } finally {
    await db.executeQuery(CompiledQuery.raw(`close ${name}`));
  }
}
let cursorCount = 0;

export function claimRepository(db: Kysely<Database>): ClaimRepository {
  return {
    find: async (id) => {
      const row = await db.selectFrom('claims').selectAll().where('id', '=', id).executeTakeFirst();
      return row && claimFromRow(row);
    },
    ofArticle: async (articleId) => (await articleClaimsQuery(db, articleId).execute()).map(claimFromRow),
    countOfArticle: async (articleId) => {
      await lockForCount(db, 'articles', articleId);
      const { n } = await db
        .selectFrom('claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('article_id', '=', articleId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      return n;
    },
    countOfSource: async (sourceId) => {
      await lockForCount(db, 'sources', sourceId);
      const { n } = await db
        .selectFrom('claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('source_id', '=', sourceId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      return n;
    },
    ofSource: async (sourceId) => {
      // In a unit of work the rows are locked: they are about to move to another source (a merge or a removal).
      const rows = await db.selectFrom('claims').selectAll().where('source_id', '=', sourceId).orderBy('seq').$if(isUnitOfWork(db), (q) => q.forUpdate()).execute();
      return rows.map(claimFromRow);
    },
    list: async (query) => (await sortedClaimsQuery(db, query).execute()).map(claimFromRow),
    page: async (query, offset, limit) => {
      const rows = claimsPageQuery(db, query, offset, limit).execute();
      const count = countClaimsQuery(db, query).executeTakeFirstOrThrow();
      // On the pool the two run at once, on two connections; a transaction's one connection takes them in turn.
      const [page, { total }] = await Promise.all([rows, count]);
      return { claims: page.map(claimFromRow), total, offset, limit };
    },
    summary: async (query) => summaryFromRows(await claimsSummaryQuery(db, query).execute(), await readRatingScale(db)),
    verdictUsage: async () => {
      const rows = await db
        .selectFrom('claims as c')
        .innerJoin('articles as a', 'a.id', 'c.article_id')
        .where('c.deleted_at', 'is', null)
        .where('a.deleted_at', 'is', null)
        .select((eb) => ['c.verdict', eb.fn.countAll<number>().as('n')])
        .groupBy('c.verdict')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.verdict, Number(r.n)]));
    },
    withVerdict: async (verdict) =>
      (await db.selectFrom('claims').selectAll().where('verdict', '=', verdict).orderBy('seq').$if(isUnitOfWork(db), (q) => q.forUpdate()).execute()).map(claimFromRow),
    inReadingOrder: (query: ClaimsQuery, range?: ClaimRange) => {
      const ordered = readingOrderQuery(db, query).$if(range !== undefined, (q) => q.offset(range!.offset).limit(range!.limit));
      return (async function* () {
        for await (const rows of batches(db, ordered, READING_ORDER_BATCH)) yield rows.map(claimFromRow);
      })();
    },
    referencesOf: async (query, range, among = []) => {
      const row = await referencesQuery(db, query, range, among).executeTakeFirstOrThrow();
      return {
        articleIds: row.article_ids,
        sourceIds: row.source_ids,
        versionsDigest: row.versions_digest,
        approvedCount: row.approved_count,
        amongCount: row.among_count,
      };
    },
    insert: async (claim) => {
      mustWrite(db);
      await db.insertInto('claims').values(claimToRow(claim)).execute();
    },
    update: async (next: Claim, expectedVersion: number) => {
      mustWrite(db);
      const { id, ...row } = claimToRow(next);
      const { numUpdatedRows } = await db.updateTable('claims').set(row).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return numUpdatedRows > 0n;
    },
  };
}

export function auditRepository(db: Kysely<Database>): AuditRepository {
  return {
    append: async (entries) => {
      mustWrite(db);
      if (entries.length > 0) await db.insertInto('audit_entries').values(entries.map(auditToRow)).execute();
    },
    history: async (claimId) =>
      (await db.selectFrom('audit_entries').selectAll().where('claim_id', '=', claimId).orderBy('seq').execute()).map(auditFromRow),
    histories: async (claimIds) => {
      const out = new Map<string, AuditEntry[]>(claimIds.map((id) => [id, []]));
      if (claimIds.length === 0) return out;
      const rows = await db.selectFrom('audit_entries').selectAll().where('claim_id', '=', sql<string>`any(${[...claimIds]})`).orderBy('seq').execute();
      for (const row of rows) out.get(row.claim_id)!.push(auditFromRow(row));
      return out;
    },
    verdictAuthors: async (claimIds) => {
      if (claimIds.length === 0) return new Map();
      // The latest verdict entry of each claim, else its create entry: audit_entries_claim_idx serves claim_id and seq.
      const rows = await db
        .selectFrom('audit_entries')
        .distinctOn('claim_id')
        .select(['claim_id', 'user_id'])
        .where('claim_id', '=', sql<string>`any(${[...claimIds]})`)
        .where('action', 'in', ['verdict', 'create'])
        .where('user_id', 'is not', null)
        .orderBy('claim_id')
        .orderBy(sql`action = 'verdict'`, 'desc')
        .orderBy('seq', 'desc')
        .execute();
      return new Map(rows.map((r) => [r.claim_id, r.user_id!]));
    },
  };
}

export function suggestionRepository(db: Kysely<Database>): SuggestionRepository {
  return {
    rejectedKeys: async (articleId) =>
      new Set((await db.selectFrom('rejected_suggestions').select('key').where('article_id', '=', articleId).execute()).map((r) => r.key)),
    reject: async (rejections) => {
      mustWrite(db);
      // A key rejected twice stays one row: rejectedKeys is a set either way.
      if (rejections.length > 0) await db.insertInto('rejected_suggestions').values(rejections.map(rejectionToRow)).onConflict((oc) => oc.doNothing()).execute();
    },
  };
}
