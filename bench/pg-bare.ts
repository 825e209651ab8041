// The bare cost of a queue page on PostgreSQL: the SQL the server runs for GET /api/claims/page (claimsPageQuery and
// countClaimsQuery, compiled by the same Kysely builders), sent through `pg` alone, page and count at once on two
// connections as the repository sends them. What the server adds on top is HTTP, JSON, sessions and logging.
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import pg from 'pg';
import type { ClaimsQuery } from '../domain/requests.ts';
import { claimsPageQuery, countClaimsQuery } from '../server/store/postgres/claim-queries.ts';
import type { Database } from '../server/store/postgres/database.ts';
import { timeIt } from './measure.ts';

const compiler = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

export interface BarePage {
  query: ClaimsQuery;
  offset: number;
  limit: number;
}

/** Each page's timings (ms) for `runs` runs, page and count together. */
export async function bareQueueTimes(url: string, pages: readonly BarePage[], runs: number): Promise<number[][]> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const timings: number[][] = [];
    for (const { query, offset, limit } of pages) {
      const page = claimsPageQuery(compiler, query, offset, limit).compile();
      const count = countClaimsQuery(compiler, query).compile();
      timings.push(await timeIt(runs, () => Promise.all([pool.query(page.sql, [...page.parameters]), pool.query(count.sql, [...count.parameters])])));
    }
    return timings;
  } finally {
    await pool.end();
  }
}
