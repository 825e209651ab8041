// Claims: attributed statements anchored to an article by a UTF-16 range and a quote selector, with a verdict.
// Every change checks the anchor against the article text, bumps the version that guards concurrent edits,
// records who made it, and appends to the audit log.
import type { z } from 'zod';
import { checkRange, quoteAt } from '../../domain/anchoring.ts';
import type { CreateClaimBodySchema, UpdateClaimBodySchema } from '../../domain/requests.ts';
import { PENDING_REVIEW, type Claim, type StoreData } from '../../domain/schemas.ts';
import { HttpError, conflict, invalid, notFound } from '../errors.ts';
import type { Change } from '../store/store.ts';
import { appendAudit, type AuditChange } from './audit.ts';
import type { ChangeContext } from './context.ts';
import { findArticle, isLive } from './articles.ts';

type CreateClaimInput = z.output<typeof CreateClaimBodySchema>;
type UpdateClaimInput = z.output<typeof UpdateClaimBodySchema>;

function requireSource(data: StoreData, sourceId: string): void {
  if (!data.sources.some((s) => s.id === sourceId)) throw invalid('sourceId', 'unknown_source', `no source with id "${sourceId}"`);
}

function anchor(text: string, range: { start: number; end: number; exact: string }) {
  const problem = checkRange(text, range);
  if (problem) throw invalid(problem.field, problem.reason, problem.message);
  return quoteAt(text, range);
}

/** The ids of articles that are not deleted. */
export const liveArticleIds = (data: StoreData) => new Set(data.articles.filter(isLive).map((a) => a.id));

/** Whether a claim is live: not deleted, and its article among `live` (liveArticleIds). */
export const isLiveClaim = (claim: Claim, live: ReadonlySet<string>) => claim.deletedAt === null && live.has(claim.articleId);

/** A live claim of a live article; deleted claims and claims of deleted articles are out of reach. */
export function findClaim(data: StoreData, id: string): Claim {
  const claim = data.claims.find((c) => c.id === id);
  if (!claim || claim.deletedAt !== null || !data.articles.some((a) => a.id === claim.articleId && isLive(a))) {
    throw notFound('claim', id);
  }
  return claim;
}

const replaceClaim = (data: StoreData, next: Claim): StoreData => ({
  ...data,
  claims: data.claims.map((c) => (c.id === next.id ? next : c)),
});

export function createClaim(data: StoreData, articleId: string, body: CreateClaimInput, ctx: ChangeContext): Change<Claim> {
  const article = findArticle(data, articleId);
  const quote = anchor(article.text, body);
  requireSource(data, body.sourceId);
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
  const next = appendAudit({ ...data, claims: data.claims.concat([claim]) }, claim, [{ action: 'create', before: null, after: claim }], ctx);
  return { data: next, result: claim };
}

/** Refuses a change made from a version other than the current one, with the claim as it is now. */
function checkVersion(current: Claim, version: number): void {
  if (version !== current.version) {
    throw conflict(
      'version_conflict',
      `This claim was changed by someone else (now version ${current.version}; you edited version ${version})`,
      'version',
      { current, params: { version: current.version } },
    );
  }
}

export function updateClaim(data: StoreData, id: string, body: UpdateClaimInput, ctx: ChangeContext): Change<Claim> {
  const current = findClaim(data, id);
  checkVersion(current, body.version);
  const next: Claim = { ...current };
  const changes: AuditChange[] = [];
  if (body.start !== undefined && body.end !== undefined && body.exact !== undefined) {
    const range = { start: body.start, end: body.end, exact: body.exact };
    const quote = anchor(findArticle(data, current.articleId).text, range); // checked even when unchanged
    if (range.start !== current.start || range.end !== current.end) {
      next.quote = quote;
      next.start = range.start;
      next.end = range.end;
      changes.push({ action: 'range', before: { start: current.start, end: current.end, exact: current.quote.exact }, after: range });
    }
  }
  if (body.sourceId !== undefined && body.sourceId !== current.sourceId) {
    requireSource(data, body.sourceId);
    next.sourceId = body.sourceId;
    changes.push({ action: 'source', before: current.sourceId, after: body.sourceId });
  }
  if (body.verdict !== undefined && body.verdict !== current.verdict) {
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
  if (changes.length === 0) return { data, result: current }; // nothing changed: no new version, no audit entry
  next.version = current.version + 1;
  next.updatedAt = ctx.now;
  next.updatedBy = ctx.userId;
  // A changed claim needs a new decision from an editor.
  if (current.review.state !== 'pending') next.review = PENDING_REVIEW;
  return { data: appendAudit(replaceClaim(data, next), next, changes, ctx), result: next };
}

export function deleteClaim(data: StoreData, id: string, ctx: ChangeContext): Change<Claim> {
  const current = findClaim(data, id);
  const next: Claim = { ...current, deletedAt: ctx.now, updatedAt: ctx.now, updatedBy: ctx.userId, version: current.version + 1 };
  return { data: appendAudit(replaceClaim(data, next), next, [{ action: 'delete', before: current, after: null }], ctx), result: next };
}

/** Undoes a deletion: the claim comes back with its id, its verdict and its history. */
export function restoreClaim(data: StoreData, id: string, ctx: ChangeContext): Change<Claim> {
  const current = data.claims.find((c) => c.id === id);
  if (!current) throw notFound('claim', id);
  if (current.deletedAt === null) throw new HttpError(409, 'not_deleted', 'This claim is not deleted', 'id');
  findArticle(data, current.articleId);
  if (!data.sources.some((s) => s.id === current.sourceId)) {
    throw conflict('source_gone', 'The source of this claim was deleted; add it again first', 'sourceId');
  }
  const next: Claim = { ...current, deletedAt: null, updatedAt: ctx.now, updatedBy: ctx.userId, version: current.version + 1 };
  return { data: appendAudit(replaceClaim(data, next), next, [{ action: 'undo', before: null, after: next }], ctx), result: next };
}
