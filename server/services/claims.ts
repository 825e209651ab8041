// Claims: attributed statements anchored to an article by a UTF-16 range and a quote selector, with a verdict.
// Every change checks the anchor against the article text, bumps the version that guards concurrent edits
// (checked again by the store as it writes), records who made it, and appends to the audit log in the same unit
// of work.
import type { z } from 'zod';
import { checkRange, quoteAt } from '../../domain/anchoring.ts';
import type { CreateClaimBodySchema, UpdateClaimBodySchema } from '../../domain/requests.ts';
import { verdictOf } from '../../domain/rating-scale.ts';
import { PENDING_REVIEW, type Claim } from '../../domain/schemas.ts';
import { HttpError, conflict, invalid, notFound } from '../errors.ts';
import type { Repositories } from '../store/repositories.ts';
import { appendAudit, type AuditChange } from './audit.ts';
import type { ChangeContext } from './context.ts';
import { findArticle } from './articles.ts';

type CreateClaimInput = z.output<typeof CreateClaimBodySchema>;
type UpdateClaimInput = z.output<typeof UpdateClaimBodySchema>;

async function requireSource(repos: Repositories, sourceId: string): Promise<void> {
  if (!(await repos.sources.find(sourceId))) throw invalid('sourceId', 'unknown_source', `no source with id "${sourceId}"`);
}

function anchor(text: string, range: { start: number; end: number; exact: string }) {
  const problem = checkRange(text, range);
  if (problem) throw invalid(problem.field, problem.reason, problem.message);
  return quoteAt(text, range);
}

/** A live claim of a live article; deleted claims and claims of deleted articles are out of reach. */
export async function findClaim(repos: Repositories, id: string): Promise<Claim> {
  const claim = await repos.claims.find(id);
  const article = claim && claim.deletedAt === null ? await repos.articles.find(claim.articleId) : undefined;
  if (!claim || !article || article.deletedAt !== null) throw notFound('claim', id);
  return claim;
}

/** The 409 of a change made from a version other than the current one, with the claim as it is now. */
export function versionConflict(current: Claim, version: number, message?: string): HttpError {
  return conflict(
    'version_conflict',
    message ?? `This claim was changed by someone else (now version ${current.version}; you edited version ${version})`,
    'version',
    { current, params: { version: current.version } },
  );
}

/**
 * Writes `next` over the claim at `from.version`, with its audit entries. When another server changed the claim
 * between our read and this write, the store writes nothing and the caller gets the 409 with the claim as it is.
 */
export async function saveClaim(tx: Repositories, from: Claim, next: Claim, changes: AuditChange[], ctx: ChangeContext): Promise<Claim> {
  if (!(await tx.claims.update(next, from.version))) {
    const now = await tx.claims.find(from.id);
    throw now ? versionConflict(now, from.version) : notFound('claim', from.id);
  }
  await appendAudit(tx, next, changes, ctx);
  return next;
}

/** Throws 400 `verdict` unless the desk's rating scale has a verdict with this key. */
export async function requireVerdict(tx: Repositories, key: string): Promise<void> {
  if (!verdictOf(await tx.ratingScale.get(), key)) throw invalid('verdict', 'unknown_verdict', `The rating scale has no verdict "${key}"`);
}

export async function createClaim(tx: Repositories, articleId: string, body: CreateClaimInput, ctx: ChangeContext): Promise<Claim> {
  const article = await findArticle(tx, articleId);
  const quote = anchor(article.text, body);
  await requireSource(tx, body.sourceId);
  await requireVerdict(tx, body.verdict);
  const claim: Claim = {
    id: ctx.newId(),
    articleId,
    sourceId: body.sourceId,
    start: body.start,
    end: body.end,
    quote,
    verdict: body.verdict,
    note: body.note,
    evidence: body.evidence,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
    createdBy: ctx.userId,
    updatedBy: ctx.userId,
    review: PENDING_REVIEW,
    deletedAt: null,
  };
  await tx.claims.insert(claim);
  await appendAudit(tx, claim, [{ action: 'create', before: null, after: claim }], ctx);
  return claim;
}

/** Applies `body` to `current`, the claim as read in this same unit of work (the caller read it to authorise). */
export async function updateClaim(tx: Repositories, current: Claim, body: UpdateClaimInput, ctx: ChangeContext): Promise<Claim> {
  if (body.version !== current.version) throw versionConflict(current, body.version);
  const next: Claim = { ...current };
  const changes: AuditChange[] = [];
  if (body.start !== undefined && body.end !== undefined && body.exact !== undefined) {
    const range = { start: body.start, end: body.end, exact: body.exact };
    const quote = anchor((await findArticle(tx, current.articleId)).text, range); // checked even when unchanged
    if (range.start !== current.start || range.end !== current.end) {
      next.quote = quote;
      next.start = range.start;
      next.end = range.end;
      changes.push({ action: 'range', before: { start: current.start, end: current.end, exact: current.quote.exact }, after: range });
    }
  }
  if (body.sourceId !== undefined && body.sourceId !== current.sourceId) {
    await requireSource(tx, body.sourceId);
    next.sourceId = body.sourceId;
    changes.push({ action: 'source', before: current.sourceId, after: body.sourceId });
  }
  if (body.verdict !== undefined && body.verdict !== current.verdict) {
    await requireVerdict(tx, body.verdict);
    next.verdict = body.verdict;
    changes.push({ action: 'verdict', before: current.verdict, after: body.verdict });
  }
  if (body.note !== undefined && body.note !== current.note) {
    next.note = body.note;
    changes.push({ action: 'note', before: current.note, after: body.note });
  }
  if (body.evidence !== undefined && JSON.stringify(body.evidence) !== JSON.stringify(current.evidence)) {
    next.evidence = body.evidence;
    changes.push({ action: 'evidence', before: current.evidence, after: body.evidence });
  }
  if (changes.length === 0) return current; // nothing changed: no new version, no audit entry
  next.version = current.version + 1;
  next.updatedAt = ctx.now;
  next.updatedBy = ctx.userId;
  // A changed claim needs a new decision from an editor.
  if (current.review.state !== 'pending') next.review = PENDING_REVIEW;
  return saveClaim(tx, current, next, changes, ctx);
}

export async function deleteClaim(tx: Repositories, current: Claim, ctx: ChangeContext): Promise<Claim> {
  const next: Claim = { ...current, deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.userId, version: current.version + 1 };
  return saveClaim(tx, current, next, [{ action: 'delete', before: current, after: null }], ctx);
}

/** Undoes a deletion: the claim comes back with its id, its verdict and its history. */
export async function restoreClaim(tx: Repositories, current: Claim, ctx: ChangeContext): Promise<Claim> {
  if (current.deletedAt === null) throw new HttpError(409, 'not_deleted', 'This claim is not deleted', 'id');
  await findArticle(tx, current.articleId);
  if (!(await tx.sources.find(current.sourceId))) {
    throw conflict('source_gone', 'The source of this claim was deleted; add it again first', 'sourceId');
  }
  const next: Claim = { ...current, deletedAt: null, updatedAt: ctx.now, updatedBy: ctx.userId, version: current.version + 1 };
  return saveClaim(tx, current, next, [{ action: 'undo', before: null, after: next }], ctx);
}
