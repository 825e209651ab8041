// Articles in SQL: the desk's list with claim counts and an article's claims, as services/articles.ts computes them
// in memory (listArticleSummaries, getArticleDetail), for the PostgreSQL store to ask the database.
import { sql, type Kysely } from 'kysely';
import { emptyVerdictCounts, type RatingScale } from '../../../domain/rating-scale.ts';
import type { ArticleSummary } from '../../../domain/schemas.ts';
import type { Database } from './database.ts';

/** An article's live claims in text order (start, then end, then insertion), as its page shows them. */
export function articleClaimsQuery(db: Kysely<Database>, articleId: string) {
  return db
    .selectFrom('claims as c')
    .selectAll('c')
    .where('c.article_id', '=', articleId)
    .where('c.deleted_at', 'is', null)
    .orderBy('c.start')
    .orderBy('c.end')
    .orderBy('c.seq');
}

/**
 * Every live article without its text, newest first, then by title (ICU root collation, as localeCompare), then in
 * insertion order, with its live claims counted by verdict as a jsonb object. It reads every live claim's verdict
 * (from claims_article_idx alone): the whole desk has to be counted. Read the rows with articleSummaryFromRow.
 */
export function articleSummariesQuery(db: Kysely<Database>) {
  return db
    .selectFrom('articles as a')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('claims as c')
          .where('c.deleted_at', 'is', null)
          .select((inner) => ['c.article_id', 'c.verdict', inner.fn.countAll<number>().as('n')])
          .groupBy(['c.article_id', 'c.verdict'])
          .as('counts'),
      (join) => join.onRef('counts.article_id', '=', 'a.id'),
    )
    .where('a.deleted_at', 'is', null)
    .select([
      'a.id', 'a.title', 'a.outlet', 'a.url', 'a.language', 'a.direction', 'a.published_at', 'a.created_at', 'a.updated_at',
      'a.text_length',
      sql<Record<string, number>>`coalesce(jsonb_object_agg(counts.verdict, counts.n) filter (where counts.verdict is not null), '{}')`.as('claim_counts'),
    ])
    .groupBy('a.id')
    .orderBy('a.created_at', 'desc')
    .orderBy(sql`a.title collate "und-x-icu"`)
    .orderBy('a.seq');
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof articleSummariesQuery>['execute']>>[number];

export function articleSummaryFromRow(row: SummaryRow, scale: RatingScale): ArticleSummary {
  const claimCounts = { ...emptyVerdictCounts(scale), ...row.claim_counts };
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    language: row.language,
    direction: row.direction,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    length: row.text_length,
    claimCounts,
  };
}
