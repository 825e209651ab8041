// Suggested statements of an article: what the detector proposes, less what was rejected or is already a claim;
// accepting turns suggestions into claims (all or none, in one unit of work), rejecting remembers them.
import type { z } from 'zod';
import type { AcceptSuggestionsBodySchema, RejectSuggestionsBodySchema } from '../../domain/requests.ts';
import { coveredByClaims } from '../../domain/claim-overlaps.ts';
import { atOrAboveThreshold } from '../../domain/suggestion-order.ts';
import type { Claim, Source, Suggestion } from '../../domain/schemas.ts';
import type { SuggestOptions } from '../../domain/suggest-statements.ts';
import { HttpError } from '../errors.ts';
import type { Repositories } from '../store/repositories.ts';
import { findArticle } from './articles.ts';
import { createClaim } from './claims.ts';
import type { ChangeContext } from './context.ts';

/**
 * What `suggest` proposes for the article, less what scores under the newsroom's threshold, was rejected or is
 * (mostly) covered by claims already.
 */
export async function openSuggestions(
  repos: Repositories,
  articleId: string,
  suggest: (text: string, language: string, sources: Source[], options: SuggestOptions) => Promise<Suggestion[]>,
): Promise<Suggestion[]> {
  const article = await findArticle(repos, articleId);
  const [rejected, claims, sources, settings] = await Promise.all([
    repos.suggestions.rejectedKeys(articleId),
    repos.claims.ofArticle(articleId),
    repos.sources.list(),
    repos.settings.get(),
  ]);
  const suggested = atOrAboveThreshold(await suggest(article.text, article.language, sources, { date: article.publishedAt }), settings.suggestionThreshold);
  return suggested.filter((s) => !rejected.has(s.key) && !coveredByClaims(claims, s));
}

export async function acceptSuggestions(
  tx: Repositories,
  articleId: string,
  body: z.output<typeof AcceptSuggestionsBodySchema>,
  ctx: ChangeContext,
): Promise<Claim[]> {
  await findArticle(tx, articleId);
  const claims: Claim[] = [];
  for (const [i, s] of body.suggestions.entries()) {
    try {
      claims.push(
        await createClaim(tx, articleId, { start: s.start, end: s.end, exact: s.exact, sourceId: s.sourceId, verdict: 'unreviewed', note: '', evidence: [] }, ctx),
      );
    } catch (error) {
      // Name the suggestion at fault: `suggestions.3.end`.
      if (error instanceof HttpError && error.field) {
        throw new HttpError(error.status, error.code, `suggestions.${i}.${error.message}`, `suggestions.${i}.${error.field}`, error.extra);
      }
      throw error;
    }
  }
  return claims;
}

export async function rejectSuggestions(
  tx: Repositories,
  articleId: string,
  body: z.output<typeof RejectSuggestionsBodySchema>,
  ctx: ChangeContext,
): Promise<number> {
  await findArticle(tx, articleId);
  const known = await tx.suggestions.rejectedKeys(articleId);
  const fresh = [...new Set(body.suggestions.map((s) => s.key))].filter((key) => !known.has(key));
  await tx.suggestions.reject(fresh.map((key) => ({ articleId, key, userId: ctx.userId, at: ctx.now })));
  return fresh.length;
}
