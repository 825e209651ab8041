// Suggested statements of an article: what the detector proposes, less what was rejected or is already a claim;
// accepting turns suggestions into claims (all or none), rejecting remembers them.
import type { z } from 'zod';
import type { AcceptSuggestionsBodySchema, RejectSuggestionsBodySchema } from '../../domain/requests.ts';
import type { Claim, StoreData, Suggestion } from '../../domain/schemas.ts';
import { HttpError } from '../errors.ts';
import type { Change } from '../store/store.ts';
import { findArticle } from './articles.ts';
import { createClaim } from './claims.ts';
import type { ChangeContext } from './context.ts';

/** What `suggest` proposes for the article, less what was rejected or already claimed. */
export async function openSuggestions(
  data: StoreData,
  articleId: string,
  suggest: (text: string, language: string, sources: StoreData['sources']) => Promise<Suggestion[]>,
): Promise<Suggestion[]> {
  const article = findArticle(data, articleId);
  const rejected = new Set(data.rejectedSuggestions.filter((r) => r.articleId === articleId).map((r) => r.key));
  const claimed = new Set(
    data.claims.filter((c) => c.articleId === articleId && c.deletedAt === null).map((c) => `${c.start}:${c.end}`),
  );
  return (await suggest(article.text, article.language, data.sources)).filter(
    (s) => !rejected.has(s.key) && !claimed.has(`${s.start}:${s.end}`),
  );
}

export function acceptSuggestions(
  data: StoreData,
  articleId: string,
  body: z.output<typeof AcceptSuggestionsBodySchema>,
  ctx: ChangeContext,
): Change<Claim[]> {
  findArticle(data, articleId);
  const claims: Claim[] = [];
  let next = data;
  for (const [i, s] of body.suggestions.entries()) {
    try {
      const made = createClaim(next, articleId, { start: s.start, end: s.end, exact: s.exact, sourceId: s.sourceId, verdict: 'unreviewed', note: '', evidence: [] }, ctx);
      next = made.data;
      claims.push(made.result);
    } catch (error) {
      // Name the suggestion at fault: `suggestions.3.end`.
      if (error instanceof HttpError && error.field) {
        throw new HttpError(error.status, error.code, `suggestions.${i}.${error.message}`, `suggestions.${i}.${error.field}`, error.extra);
      }
      throw error;
    }
  }
  return { data: next, result: claims };
}

export function rejectSuggestions(
  data: StoreData,
  articleId: string,
  body: z.output<typeof RejectSuggestionsBodySchema>,
  ctx: ChangeContext,
): Change<number> {
  findArticle(data, articleId);
  const known = new Set(data.rejectedSuggestions.filter((r) => r.articleId === articleId).map((r) => r.key));
  const fresh = [...new Set(body.suggestions.map((s) => s.key))].filter((key) => !known.has(key));
  const rejections = fresh.map((key) => ({ articleId, key, userId: ctx.userId, at: ctx.now }));
  return { data: { ...data, rejectedSuggestions: data.rejectedSuggestions.concat(rejections) }, result: fresh.length };
}
