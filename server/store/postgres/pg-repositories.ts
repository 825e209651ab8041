// The repositories (server/store/repositories.ts) over PostgreSQL: every question asked of the database, on the
// pool for reads of the committed state, or on one unit of work's transaction (pg-store.ts opens both). The
// queries live beside them: article-queries.ts and claim-queries.ts; rows.ts maps rows to the contract's entities.
import type { Kysely } from 'kysely';
import type { Repositories } from '../repositories.ts';
import type { Database } from './database.ts';
import { articleRepository, auditRepository, claimRepository, suggestionRepository } from './pg-claim-repositories.ts';
import { publicationRepository } from './pg-publication-repository.ts';
import { ratingScaleRepository } from './pg-rating-scale-repository.ts';
import { sessionRepository, settingsRepository, sourceRepository, userRepository } from './pg-desk-repositories.ts';

/**
 * Repositories over `db`: a Kysely database (reads; writing through them throws, as on lowdb) or a transaction of
 * it (one unit of work: reads see its own writes, and `find` of an article or source locks it, see pg-scope.ts).
 */
export function postgresRepositories(db: Kysely<Database>): Repositories {
  return {
    articles: articleRepository(db),
    claims: claimRepository(db),
    audit: auditRepository(db),
    sources: sourceRepository(db),
    users: userRepository(db),
    sessions: sessionRepository(db),
    suggestions: suggestionRepository(db),
    settings: settingsRepository(db),
    publications: publicationRepository(db),
    ratingScale: ratingScaleRepository(db),
  };
}
