// Claims across articles in SQL: the filters and sorts of GET /api/claims and the review queue, as
// server/services/claim-queries.ts applies them in memory, for the PostgreSQL store to page and count in the database.
import { sql, type Kysely } from 'kysely';
import type { ClaimsQuery } from '../../../domain/requests.ts';
import type { Database } from './database.ts';

/** Names sort as Intl.Collator('en') does in the lowdb store: ICU's root collation (the same for English). */
const NAME_COLLATION = sql.raw('"und-x-icu"');

/**
 * The live claims `query` selects (not deleted, of a live article), as filterClaims (services/claim-queries.ts)
 * selects them; `userId: 'me'` must be resolved by the caller. `from` and `to` are whole UTC days.
 */
export function matchingClaims(db: Kysely<Database>, query: ClaimsQuery) {
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
    .$if(query.to !== undefined, (q) => q.where('c.updated_at', '<=', `${query.to}T23:59:59.999Z`));
}

/**
 * One page of the claims `query` matches, in its sort (default `-updatedAt`, the queue's), as pageClaims orders
 * them; every order ends on `seq`, insertion order, where lowdb's stable sort keeps ties in array order.
 */
export function claimsPageQuery(db: Kysely<Database>, query: ClaimsQuery, offset: number, limit: number) {
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
        return base.orderBy((eb) => eb.selectFrom('verdicts as v').whereRef('v.id', '=', 'c.verdict').select('v.position'), 'desc');
      case 'returnedFirst':
        return base.orderBy(sql`c.review_state = 'returned'`, 'desc').orderBy('c.updated_at', 'desc');
    }
  })();
  return sorted.orderBy('c.seq', 'asc').offset(offset).limit(limit);
}

/** How many claims `query` matches in all (the page's `total`). */
export function countClaimsQuery(db: Kysely<Database>, query: ClaimsQuery) {
  return matchingClaims(db, query).select((eb) => eb.fn.countAll<number>().as('total'));
}
