// PostgreSQL's refusals that a race between units of work (or servers) can produce, and the app's answers to them:
// where lowdb, which runs units of work one at a time, would refuse the second with a 409, PostgreSQL's unique keys
// refuse it, and the repositories give the same 409 (same code, message and params as the services').
import pg from 'pg';
import type { Article } from '../../../domain/schemas.ts';
import { conflict, type HttpError } from '../../errors.ts';

/** SQLSTATEs the store acts on. */
export const PG_ERRORS = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/** Whether `error` is PostgreSQL's `code`, on `constraint` when given. */
export function isPgError(error: unknown, code: string, constraint?: string): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError && error.code === code && (constraint === undefined || error.constraint === constraint);
}

/**
 * A claim's verdict is checked against the `verdicts` rows at commit (deferred, migration 0009), so a verdict change
 * that read the scale before a concurrent change of the scale dropped that verdict fails there, as does a scale
 * change that dropped a verdict a claim took meanwhile. Run again, each sees the other's work and answers as lowdb,
 * which runs them one after the other, would: 400 unknown_verdict, or the claim moved (or 409 verdict_in_use).
 */
export const CLAIM_VERDICT_KEY = 'claims_verdict_fkey';

/**
 * A unit of work that PostgreSQL ended to break a deadlock or a serialization conflict, or that lost a race with a
 * change of the rating scale (CLAIM_VERDICT_KEY): running it again is safe.
 */
export const isRetryable = (error: unknown) =>
  isPgError(error, PG_ERRORS.deadlockDetected) ||
  isPgError(error, PG_ERRORS.serializationFailure) ||
  isPgError(error, PG_ERRORS.foreignKeyViolation, CLAIM_VERDICT_KEY);

/** As services/users.ts createUser refuses a taken username. */
export const duplicateUsername = (username: string): HttpError =>
  conflict('duplicate_username', `The username "${username}" is taken`, 'username', { params: { username } });

/** As services/sources.ts createSource and updateSource refuse a name that differs only in case. */
export const duplicateSource = (name: string): HttpError =>
  conflict('duplicate_source', `A source named "${name}" already exists`, 'name', { params: { name } });

/** As services/articles.ts refuseTwin refuses a text that a live article holds. */
export const duplicateArticle = (twin: Pick<Article, 'id' | 'title'>): HttpError =>
  conflict('duplicate_article', `This text was already added as "${twin.title}"`, 'text', { articleId: twin.id, params: { title: twin.title } });

/** Runs `write`; a unique violation on `constraint` becomes `refusal()`, anything else is rethrown. */
export async function refusingDuplicates<T>(write: () => Promise<T>, constraint: string, refusal: () => HttpError): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isPgError(error, PG_ERRORS.uniqueViolation, constraint)) throw refusal();
    throw error;
  }
}
