// Claims: attributed statements anchored to an article by a UTF-16 range and a quote selector, with a verdict.
// Every change checks the anchor against the article text and bumps the version that guards concurrent edits.
import type { z } from 'zod';
import { checkRange, quoteAt } from '../../domain/anchoring.ts';
import type { ClaimsQuery, CreateClaimBodySchema, UpdateClaimBodySchema } from '../../domain/requests.ts';
import type { Claim, StoreData } from '../../domain/schemas.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import type { Change } from '../store/store.ts';
import { findArticle, isLive } from './articles.ts';
import type { ChangeContext } from './context.ts';

type CreateClaimInput = z.output<typeof CreateClaimBodySchema>;
type UpdateClaimInput = z.output<typeof UpdateClaimBodySchema>;

function requireSource(data: StoreData, sourceId: string): void {
  if (!data.sources.some((s) => s.id === sourceId)) throw invalid('sourceId', `no source with id "${sourceId}"`);
}

function anchor(text: string, range: { start: number; end: number; exact: string }) {
  const problem = checkRange(text, range);
  if (problem) throw invalid(problem.field, problem.message);
  return quoteAt(text, range);
}

/** A claim of a live article; claims of a deleted article are out of reach until it is restored. */
export function findClaim(data: StoreData, id: string): Claim {
  const claim = data.claims.find((c) => c.id === id);
  if (!claim || !data.articles.some((a) => a.id === claim.articleId && isLive(a))) throw notFound('claim', id);
  return claim;
}

export function listClaims(data: StoreData, query: ClaimsQuery): Claim[] {
  const live = new Set(data.articles.filter(isLive).map((a) => a.id));
  return data.claims.filter(
    (c) =>
      live.has(c.articleId) &&
      (!query.verdict || c.verdict === query.verdict) &&
      (!query.sourceId || c.sourceId === query.sourceId) &&
      (!query.articleId || c.articleId === query.articleId),
  );
}

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
  };
  return { data: { ...data, claims: [...data.claims, claim] }, result: claim };
}

export function updateClaim(data: StoreData, id: string, body: UpdateClaimInput, ctx: ChangeContext): Change<Claim> {
  const current = findClaim(data, id);
  if (body.version !== current.version) {
    throw conflict(
      'version_conflict',
      `This claim was changed by someone else (version ${current.version}, you edited version ${body.version})`,
      'version',
      { current },
    );
  }
  const next: Claim = { ...current, updatedAt: ctx.now, version: current.version + 1 };
  if (body.start !== undefined && body.end !== undefined && body.exact !== undefined) {
    const range = { start: body.start, end: body.end, exact: body.exact };
    next.quote = anchor(findArticle(data, current.articleId).text, range);
    next.start = range.start;
    next.end = range.end;
  }
  if (body.sourceId !== undefined) {
    requireSource(data, body.sourceId);
    next.sourceId = body.sourceId;
  }
  if (body.verdict !== undefined) next.verdict = body.verdict;
  if (body.note !== undefined) next.note = body.note;
  if (body.evidence !== undefined) next.evidence = body.evidence;
  return { data: { ...data, claims: data.claims.map((c) => (c.id === id ? next : c)) }, result: next };
}

export function deleteClaim(data: StoreData, id: string): Change<Claim> {
  const claim = findClaim(data, id);
  return { data: { ...data, claims: data.claims.filter((c) => c.id !== id) }, result: claim };
}
