// Claims across articles in SQL: the filters and sorts of GET /api/claims and the review queue, as
// server/store/low-queries.ts applies them in memory, for the PostgreSQL store to page and count in the database.
import { sql, type Kysely } from 'kysely';
import type { ClaimsQuery } from '../../../domain/requests.ts';
import { normalizeQuery } from '../../../domain/search-normalize.ts';
import { compareSourceRows, emptyVerdictCounts, type RatingScale } from '../../../domain/rating-scale.ts';
import { REVIEW_STATES, type ClaimsSummary, type ReviewState } from '../../../domain/schemas.ts';
import type { ClaimRange } from '../repositories.ts';
import type { Database } from './database.ts';

/** Names sort as Intl.Collator('en') does in the lowdb store: ICU's root collation (the same for English). */
const NAME_COLLATION = sql.raw('"und-x-icu"');

/**
 * The live claims `query` selects (not deleted, of a live article), as filterClaims (store/low-queries.ts)
 * selects them; `userId: 'me'` must be resolved by the caller. `from` and `to` are whole UTC days.
 */
export function matchingClaims(db: Kysely<Database>, query: ClaimsQuery) {
  const needle = query.q === undefined ? '' : normalizeQuery(query.q);
  return db
    .selectFrom('claims as c')
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .where('c.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .$if(query.verdict !== undefined, (q) => q.where('c.verdict', '=', query.verdict!))
    .$if(query.sourceId !== undefined, (q) => q.where('c.source_id', '=', query.sourceId!))
    .$if(query.articleId !== undefined, (q) => q.where('c.article_id', '=', query.articleId!))
    .$if(query.review !== undefined, (q) => q.where('c.review_state', '=', query.review!))
    .$if(query.userId !== undefined, (q) => q.where('c.created_by', '=', query.userId!))
    .$if(query.from !== undefined, (q) => q.where('c.updated_at', '>=', `${query.from}T00:00:00.000Z`))
    .$if(query.to !== undefined, (q) => q.where('c.updated_at', '<=', `${query.to}T23:59:59.999Z`))
    // `search` holds claimSearchText, written by the app (rows.ts): the same normal form as lowdb's, by construction.
    .$if(needle !== '', (q) => q.where(sql<boolean>`c.search like ${likeContaining(needle)} escape '\\'`));
}

/** A LIKE pattern that matches `text` anywhere, its own `%`, `_` and `\` taken literally. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The claims `query` matches, in its sort (default `-updatedAt`, the queue's), as pageClaims orders them; every
 * order ends on `seq`, insertion order, where lowdb's stable sort keeps ties in array order.
 */
export function sortedClaimsQuery(db: Kysely<Database>, query: ClaimsQuery) {
  const base = matchingClaims(db, query).selectAll('c');
  const sorted = (() => {
    switch (query.sort ?? '-updatedAt') {
      case '-updatedAt':
        return base.orderBy('c.updated_at', 'desc');
      case 'updatedAt':
        return base.orderBy('c.updated_at', 'asc');
      case '-createdAt':
        return base.orderBy('c.created_at', 'desc');
      case 'createdAt':
        return base.orderBy('c.created_at', 'asc');
      case 'source':
        return base.orderBy(
          (eb) => eb.selectFrom('sources as s').whereRef('s.id', '=', 'c.source_id').select(sql<string>`s.name collate ${NAME_COLLATION}`.as('name')),
          'asc',
        );
      case 'article':
        return base.orderBy(sql`a.title collate ${NAME_COLLATION}`, 'asc').orderBy('c.start', 'asc');
      case 'verdict':
        // Those needing an editor's review first, then in scale order (verdictRank in domain/rating-scale.ts).
        return base
          .orderBy((eb) => eb.selectFrom('verdicts as v').whereRef('v.id', '=', 'c.verdict').select('v.needs_review'), 'desc')
          .orderBy((eb) => eb.selectFrom('verdicts as v').whereRef('v.id', '=', 'c.verdict').select('v.position'), 'asc');
      case 'returnedFirst':
        return base.orderBy(sql`c.review_state = 'returned'`, 'desc').orderBy('c.updated_at', 'desc');
    }
  })();
  return sorted.orderBy('c.seq', 'asc');
}

/** One page of sortedClaimsQuery: `offset` claims skipped, at most `limit` given. */
export function claimsPageQuery(db: Kysely<Database>, query: ClaimsQuery, offset: number, limit: number) {
  return sortedClaimsQuery(db, query).offset(offset).limit(limit);
}

/**
 * The claims `query` matches in a report's reading order (report-scope.ts): by article in insertion order, then
 * start, end and insertion; the query's sort does not apply.
 */
export function readingOrderQuery(db: Kysely<Database>, query: ClaimsQuery) {
  return inReadingOrder(db, query).selectAll('c');
}

const inReadingOrder = (db: Kysely<Database>, query: ClaimsQuery) =>
  matchingClaims(db, query).orderBy('a.seq').orderBy('c.start').orderBy('c.end').orderBy('c.seq');

/**
 * The distinct articles and sources of the claims `query` matches, or of the part `range` of them in reading order
 * (a sub-select with OFFSET and LIMIT, so that the part is cut before the ids are gathered), as one row of two arrays
 * and the digest of the claims' ids and versions; with the counts of approved claims and of claims whose id is in
 * `among`.
 */
export function referencesQuery(db: Kysely<Database>, query: ClaimsQuery, range?: ClaimRange, among: readonly string[] = []) {
  const columns = ['c.id', 'c.version', 'c.article_id', 'c.source_id', 'c.review_state', 'c.review_decided_at'] as const;
  const claims = range
    ? inReadingOrder(db, query).select(columns).offset(range.offset).limit(range.limit)
    : matchingClaims(db, query).select(columns);
  return db
    .selectFrom(claims.as('r'))
    .select([
      sql<string[]>`coalesce(array_agg(distinct r.article_id), '{}')`.as('article_ids'),
      sql<string[]>`coalesce(array_agg(distinct r.source_id), '{}')`.as('source_ids'),
      // claimVersionsDigest (domain/reports/export-id.ts) in SQL: ids are ASCII, so "C" order is code-unit order.
      sql<string>`encode(sha256(convert_to(coalesce(string_agg(r.id || ':' || r.version || chr(10), '' order by r.id collate "C"), ''), 'UTF8')), 'hex')`.as(
        'versions_digest',
      ),
      sql<number>`(count(*) filter (where r.review_state = 'approved' and r.review_decided_at is not null))::int`.as('approved_count'),
      sql<number>`(count(*) filter (where r.id = any(${[...among]}::text[])))::int`.as('among_count'),
    ]);
}

/** How many claims `query` matches in all (the page's `total`). */
export function countClaimsQuery(db: Kysely<Database>, query: ClaimsQuery) {
  return matchingClaims(db, query).select((eb) => eb.fn.countAll<number>().as('total'));
}

/**
 * The counts behind the queue's chart and the export screen (summarizeClaims): the matching claims grouped by
 * verdict, review state and source, with the first claim (`seq`) of each group, so that sources with equal counts
 * keep the order in which they first appear, as in memory. Read it with summaryFromRows.
 */
export function claimsSummaryQuery(db: Kysely<Database>, query: ClaimsQuery) {
  return matchingClaims(db, query)
    .select((eb) => ['c.verdict', 'c.review_state', 'c.source_id', eb.fn.countAll<number>().as('count'), eb.fn.min('c.seq').as('first')])
    .groupBy(['c.verdict', 'c.review_state', 'c.source_id']);
}

type SummaryRow = { verdict: string; review_state: ReviewState; source_id: string; count: number; first: number };

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** ClaimsSummary from the rows of claimsSummaryQuery, the sources ordered as summarizeClaims orders them. */
export function summaryFromRows(rows: readonly SummaryRow[], scale: RatingScale): ClaimsSummary {
  const byVerdict = emptyVerdictCounts(scale);
  const byReview = zeros(REVIEW_STATES);
  const bySource = new Map<string, { counts: Record<string, number>; first: number }>();
  let total = 0;
  for (const row of rows) {
    const verdict = row.verdict;
    total += row.count;
    byVerdict[verdict] = (byVerdict[verdict] ?? 0) + row.count;
    byReview[row.review_state] += row.count;
    const source = bySource.get(row.source_id) ?? { counts: emptyVerdictCounts(scale), first: row.first };
    source.counts[verdict] = (source.counts[verdict] ?? 0) + row.count;
    source.first = Math.min(source.first, row.first);
    bySource.set(row.source_id, source);
  }
  const bySummaryOrder = compareSourceRows(scale);
  return {
    total,
    byVerdict,
    byReview,
    bySource: [...bySource]
      .sort(([, a], [, b]) => bySummaryOrder(a, b) || a.first - b.first)
      .map(([sourceId, { counts }]) => ({ sourceId, counts })),
  };
}
