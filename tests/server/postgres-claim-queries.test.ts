// The review queue in SQL: the same claims in the same order as the in-memory queue for every sort and filter, and
// at 100,000 claims a first page that PostgreSQL reads from an index, never by scanning every claim.
import { DEFAULT_RATING_SCALE } from '../../domain/rating-scale.ts';
import { CompiledQuery } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { CLAIM_SORTS, type ClaimsQuery } from '../../domain/requests.ts';
import { filterClaims, pageClaims, summarizeClaims } from '../../server/store/low-queries.ts';
import { claimsPageQuery, claimsSummaryQuery, countClaimsQuery, summaryFromRows } from '../../server/store/postgres/claim-queries.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { articleClaimsQuery } from '../../server/store/postgres/article-queries.ts';
import { claimFromRow } from '../../server/store/postgres/rows.ts';
import { at, deskData, insertDesk } from '../support/postgres-desk.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';

const FILTERS: ClaimsQuery[] = [
  {},
  { verdict: 'disputed' },
  { review: 'returned' },
  { userId: 'u-1' },
  { sourceId: 'elysee' },
  { articleId: 'a-2' },
  { from: at(2).slice(0, 10), to: at(4).slice(0, 10) },
  { verdict: 'corroborated', review: 'approved', userId: 'u-2' },
];

describeWithPostgres('the review queue in SQL', () => {
  const test = useTestDatabase();
  const data = deskData();

  beforeAll(async () => {
    await migrateToLatest(test.db);
    await insertDesk(test.db, data);
  });

  const cases = FILTERS.flatMap((filter) => CLAIM_SORTS.map((sort) => ({ ...filter, sort })));
  it.each(cases.map((query) => [JSON.stringify(query), query] as const))('pages %s as the in-memory queue does', async (_name, query) => {
    for (const [offset, limit] of [[0, 100], [3, 7]] as const) {
      const expected = pageClaims(data, query, offset, limit);
      const rows = await claimsPageQuery(test.db, query, offset, limit).execute();
      const { total } = await countClaimsQuery(test.db, query).executeTakeFirstOrThrow();
      expect(rows.map(claimFromRow)).toEqual(expected.claims);
      expect(total).toBe(expected.total);
    }
  });

  it.each(FILTERS.map((query) => [JSON.stringify(query), query] as const))('counts %s for the chart as the in-memory queue does', async (_name, query) => {
    const rows = await claimsSummaryQuery(test.db, query).execute();
    expect(summaryFromRows(rows, DEFAULT_RATING_SCALE)).toEqual(summarizeClaims(filterClaims(data, query), DEFAULT_RATING_SCALE));
  });
});

/** Every plan node of an EXPLAIN (FORMAT JSON) answer. */
function planNodes(plan: Record<string, unknown>): Record<string, unknown>[] {
  const children = (plan.Plans as Record<string, unknown>[] | undefined) ?? [];
  return [plan, ...children.flatMap(planNodes)];
}

describeWithPostgres('the review queue at 100,000 claims', () => {
  const test = useTestDatabase();

  beforeAll(async () => {
    await migrateToLatest(test.db);
    // A year's desk: 2,000 articles (1 in 50 deleted), 40 sources, 100,000 claims over a year, 1 in 40 deleted.
    // Loaded as pg_restore does, to keep set-up short: the claims' secondary indexes are dropped and made again from
    // their own definitions afterwards, and foreign-key triggers are off for the session (replica role), each row's
    // five checks taking most of the load's time; one query checks afterwards that no claim lacks its parents.
    // All on one connection: the replica role belongs to a session.
    await test.db.connection().execute(async (db) => {
      const run = (statement: string) => db.executeQuery(CompiledQuery.raw(statement));
      const { rows: secondary } = await db.executeQuery<{ indexname: string; indexdef: string }>(
        CompiledQuery.raw(`select indexname, indexdef from pg_indexes
          where tablename = 'claims' and indexname not in ('claims_pkey', 'claims_seq_key')`),
      );
      for (const index of secondary) await run(`drop index ${index.indexname}`);
      for (const statement of [
        'set session_replication_role = replica',
        `insert into users (id, username, display_name, role, password_hash, created_at, updated_at)
           select 'u-' || i, 'user' || i, 'User ' || i, 'factchecker', 'x', now(), now() from generate_series(1, 20) i`,
        `insert into sources (id, name, created_at, updated_at) select 's-' || i, 'Source ' || i, now(), now() from generate_series(1, 40) i`,
        `insert into articles (id, title, outlet, language, direction, text, created_at, updated_at, deleted_at)
           select 'a-' || i, 'Article ' || i, 'Wire', 'en', 'ltr', 'Text of article ' || i || '.', now(), now(),
                  case when i % 50 = 0 then now() end
           from generate_series(1, 2000) i`,
        `insert into claims (id, article_id, source_id, start, "end", quote, verdict, created_at, updated_at, created_by, review_state, deleted_at)
           select 'c-' || i, 'a-' || (i % 2000 + 1), 's-' || (i % 40 + 1), 0, 4, '{"exact":"Text","prefix":"","suffix":""}',
                  (array['unreviewed', 'corroborated', 'disputed'])[i % 3 + 1],
                  timestamptz '2026-01-01' + (i * 7919 % 100000) * interval '5 minutes',
                  timestamptz '2026-01-01' + (i * 7919 % 100000) * interval '5 minutes',
                  'u-' || (i % 20 + 1), (array['pending', 'approved', 'returned'])[i % 3 + 1],
                  case when i % 40 = 0 then now() end
           from generate_series(1, 100000) i`,
        'reset session_replication_role',
        ...secondary.map((index) => index.indexdef),
        'vacuum analyze users, sources, articles, claims',
      ]) {
        await run(statement);
      }
      const orphans = await run(`select count(*) as n from claims c
        where not exists (select 1 from articles a where a.id = c.article_id)
           or not exists (select 1 from sources s where s.id = c.source_id)
           or not exists (select 1 from verdicts v where v.id = c.verdict)
           or not exists (select 1 from users u where u.id = c.created_by)`);
      expect(orphans.rows).toEqual([{ n: 0 }]);
    });
  }, 60_000);

  const explain = async (compiled: CompiledQuery) => {
    const result = await test.db.executeQuery<{ 'QUERY PLAN': [{ Plan: Record<string, unknown> }] }>(
      CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]),
    );
    return planNodes(result.rows[0]!['QUERY PLAN'][0].Plan);
  };
  const seqScansOfClaims = (nodes: Record<string, unknown>[]) =>
    nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'claims');

  it.each([
    ['the queue\'s first page (disputed, newest change first)', { verdict: 'disputed' }],
    ['the first page of every verdict', {}],
    ['a fact-checker\'s own claims, returned first', { userId: 'u-3', sort: 'returnedFirst' }],
    ['one article\'s claims', { articleId: 'a-7', sort: 'article' }],
  ] satisfies [string, ClaimsQuery][])('reads %s from an index, not by scanning claims', async (_name, query) => {
    const nodes = await explain(claimsPageQuery(test.db, query, 0, 50).compile());
    expect(nodes.some((n) => String(n['Relation Name']) === 'claims' || String(n['Index Name'] ?? '').startsWith('claims_'))).toBe(true);
    expect(seqScansOfClaims(nodes)).toEqual([]);
  });

  it('reads an article\'s claims in text order from an index, not by scanning claims', async () => {
    expect(seqScansOfClaims(await explain(articleClaimsQuery(test.db, 'a-7').compile()))).toEqual([]);
  });

  it.each([
    ['the queue\'s total', countClaimsQuery],
    ['the queue\'s chart', claimsSummaryQuery],
  ] as const)('counts %s from an index, not by scanning claims', async (_name, build) => {
    const nodes = await explain(build(test.db, { verdict: 'disputed' }).compile());
    expect(seqScansOfClaims(nodes)).toEqual([]);
  });
});
