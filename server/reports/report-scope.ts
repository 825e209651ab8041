// Gathers what a report covers: the claims a query selects (one article, or any queue filter, approved only or all),
// with their articles, sources, and the names of who checked them; and words its title and scope in the report's
// language (`lang`, default English); past LIMITS.reportPartClaims claims, a PDF or package holds the part asked for.
// The server gathers it in steps, letting other requests run between them (buildReportInputInTurns).
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DEFAULT_UI_LANGUAGE, sourceName, type UiLanguage } from '../../domain/locales.ts';
import { PUBLICATION_FORMATS, type ReportQuery } from '../../domain/requests.ts';
import { reportLabels, type ReportScope } from '../../domain/reports/labels.ts';
import { reportFormat, type ReportFormat } from '../../domain/reports/locale-format.ts';
import { needsParts, partCount } from '../../domain/reports/parts.ts';
import type { ReportClaim, ReportInput } from '../../domain/reports/report-input.ts';
import { LIMITS } from '../../domain/limits.ts';
import type { Claim, StoreData } from '../../domain/schemas.ts';
import { HttpError } from '../errors.ts';
import { findArticle } from '../services/articles.ts';
import { filterClaims, sortClaims } from '../services/claim-queries.ts';

export function approvedOnly(query: ReportQuery): boolean {
  return query.approved ? query.approved === 'only' : PUBLICATION_FORMATS.includes(query.format);
}

/** The scope's values as the labels word them: the source's name in the report's language, days in its locale. */
function scopeOf(data: StoreData, query: ReportQuery, language: UiLanguage, format: ReportFormat): ReportScope {
  const source = query.sourceId ? data.sources.find((s) => s.id === query.sourceId) : undefined;
  const user = query.userId ? data.users.find((u) => u.id === query.userId) : undefined;
  return {
    approvedOnly: approvedOnly(query),
    ...(query.articleId && { article: findArticle(data, query.articleId).title }),
    ...(query.verdict && { verdict: query.verdict }),
    ...(query.review && { review: query.review }),
    ...(query.sourceId && { source: source ? sourceName(source, language) : query.sourceId }),
    ...(query.userId && { checkedBy: user?.displayName ?? query.userId }),
    ...(query.from && { from: format.day(query.from) }),
    ...(query.to && { to: format.day(query.to) }),
  };
}

/**
 * The part of `total` claims that `query` asks for. A PDF or package of more than LIMITS.reportPartClaims claims is
 * refused (422, with the number of parts) unless a part is named; any format can be asked for one part.
 */
function partOf(query: ReportQuery, total: number): { index: number; count: number } | undefined {
  const max = LIMITS.reportPartClaims;
  const count = partCount(total);
  if (query.part === undefined) {
    if (!needsParts(query.format, total)) return undefined;
    throw new HttpError(
      422,
      'report_too_large',
      `This scope holds ${total} claims and one ${query.format} file at most ${max}: download it in ${count} parts (part=1 to part=${count}), or narrow the scope with a filter (article, source, verdict, dates)`,
      'part',
      { params: { count: total, max, parts: count } },
    );
  }
  if (query.part > count) {
    throw new HttpError(400, 'invalid_request', `part: this scope has ${count} part${count === 1 ? '' : 's'}`, 'part', {
      params: { issue: 'too_big', origin: 'number', maximum: count, inclusive: true },
    });
  }
  return { index: query.part, count };
}

/** Claims made into report claims per step of the scope build: some 10 ms of work (see buildReportInputInTurns). */
const CLAIMS_PER_STEP = 2000;

/**
 * Builds the report input in steps, pausing (`yield`) after the selection and after each CLAIMS_PER_STEP claims, so
 * that a caller can let the event loop turn between steps; returns the input.
 */
function* reportInputSteps(data: StoreData, query: ReportQuery, baseUrl: string, generatedAt: string): Generator<void, ReportInput> {
  const language = query.lang ?? DEFAULT_UI_LANGUAGE;
  const labels = reportLabels(language);
  const format = reportFormat({}, labels);
  const selected = filterClaims(data, query).filter((c) => !approvedOnly(query) || c.review.state === 'approved');
  yield;
  const inScope = sortClaims(data, selected, 'article');
  const part = partOf(query, inScope.length);
  yield;
  // Parts follow the report's reading order (article, then position), so that part 2 starts where part 1 ends.
  const claims = part ? readingOrder(data, inScope).slice((part.index - 1) * LIMITS.reportPartClaims, part.index * LIMITS.reportPartClaims) : inScope;
  yield;
  const users = new Map(data.users.map((u) => [u.id, u.displayName]));
  const reportClaims: ReportClaim[] = [];
  for (let from = 0; from < claims.length; from += CLAIMS_PER_STEP) {
    for (const c of claims.slice(from, from + CLAIMS_PER_STEP)) {
      reportClaims.push({ ...c, checkedBy: users.get(c.updatedBy ?? c.createdBy ?? '') ?? null, reviewState: c.review.state });
    }
    yield;
  }
  const articleIds = new Set(claims.map((c) => c.articleId));
  if (query.articleId) articleIds.add(findArticle(data, query.articleId).id);
  const articles = data.articles.filter((a) => articleIds.has(a.id));
  const title =
    query.articleId && articles.length === 1
      ? articles[0]!.title
      : labels.reportTitle(inScope.length, format.number(inScope.length));
  const scope = labels.describeScope(scopeOf(data, query, language, format));
  return {
    title,
    scope: part ? labels.scopePart(scope, format.number(part.index), format.number(part.count)) : scope,
    generatedAt,
    newsroom: { name: data.settings.newsroomName, url: data.settings.newsroomUrl },
    baseUrl,
    articles,
    sources: data.sources,
    claims: reportClaims,
    language,
    ...(part && { part }),
  };
}

export function buildReportInput(data: StoreData, query: ReportQuery, baseUrl: string, generatedAt: string): ReportInput {
  const steps = reportInputSteps(data, query, baseUrl, generatedAt);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildReportInput, letting the event loop turn between steps (some 10 ms each on a 20,000-claim desk), so that
 * other requests are answered while a large scope is gathered. `data` is the store as read once: later changes to
 * the store do not reach it.
 */
export async function buildReportInputInTurns(data: StoreData, query: ReportQuery, baseUrl: string, generatedAt: string): Promise<ReportInput> {
  const steps = reportInputSteps(data, query, baseUrl, generatedAt);
  for (;;) {
    await nextTurn();
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Claims as a report lists them: by article in the store's order, then by position (see indexReport). */
function readingOrder(data: StoreData, claims: Claim[]): Claim[] {
  const order = new Map(data.articles.map((a, i) => [a.id, i]));
  const at = (c: Claim) => order.get(c.articleId) ?? 0;
  return [...claims].sort((a, b) => at(a) - at(b) || a.start - b.start || a.end - b.end);
}
