// Gathers what a report covers: the claims a query selects (one article, or any queue filter, approved only or all),
// with their articles, sources, and the names of who checked them; and words its title and scope in the report's
// language (`lang`, default English); past LIMITS.reportPartClaims claims, a PDF or package holds the part asked for.
// Claims come from the store in reading order, in batches (a cursor on PostgreSQL), letting other requests run
// between them.
import { DEFAULT_UI_LANGUAGE, sourceName, type UiLanguage } from '../../domain/locales.ts';
import { PUBLICATION_FORMATS, type ClaimsQuery, type ReportQuery } from '../../domain/requests.ts';
import { reportLabels, type ReportScope } from '../../domain/reports/labels.ts';
import { reportFormat, type ReportFormat } from '../../domain/reports/locale-format.ts';
import { needsParts, partCount } from '../../domain/reports/parts.ts';
import type { ReportClaim, ReportInput } from '../../domain/reports/report-input.ts';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import { findArticle } from '../services/articles.ts';
import type { Repositories } from '../store/repositories.ts';

export function approvedOnly(query: ReportQuery): boolean {
  return query.approved ? query.approved === 'only' : PUBLICATION_FORMATS.includes(query.format);
}

/** The claims query a report's query selects: its filters, and only approved claims when the report asks for them. */
function claimsQueryOf(query: ReportQuery): ClaimsQuery | null {
  const { format: _format, approved: _approved, lang: _lang, part: _part, purpose: _purpose, ...filters } = query;
  if (!approvedOnly(query)) return filters;
  if (filters.review !== undefined && filters.review !== 'approved') return null; // approved only, and not approved: none
  return { ...filters, review: 'approved' };
}

/** The scope's values as the labels word them: the source's name in the report's language, days in its locale. */
async function scopeOf(repos: Repositories, query: ReportQuery, language: UiLanguage, format: ReportFormat): Promise<ReportScope> {
  const source = query.sourceId ? await repos.sources.find(query.sourceId) : undefined;
  const user = query.userId ? await repos.users.find(query.userId) : undefined;
  return {
    approvedOnly: approvedOnly(query),
    ...(query.articleId && { article: (await findArticle(repos, query.articleId)).title }),
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

/**
 * The report input of `query`: its claims gathered batch by batch from the store in reading order (by article, then
 * position), with the event loop free between batches, so that other requests are answered while a large scope is
 * gathered. A report is made from the store as it was when its claims were read.
 */
export async function buildReportInput(repos: Repositories, query: ReportQuery, baseUrl: string, generatedAt: string): Promise<ReportInput> {
  const language = query.lang ?? DEFAULT_UI_LANGUAGE;
  const labels = reportLabels(language);
  const format = reportFormat({}, labels);
  const claimsQuery = claimsQueryOf(query);
  if (query.articleId) await findArticle(repos, query.articleId); // 404 for a missing article, even with no claim
  const total = claimsQuery ? (await repos.claims.page(claimsQuery, 0, 0)).total : 0;
  const part = partOf(query, total);
  const range = part && { offset: (part.index - 1) * LIMITS.reportPartClaims, limit: LIMITS.reportPartClaims };
  const [users, settings, sources] = await Promise.all([repos.users.list(), repos.settings.get(), repos.sources.list()]);
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const reportClaims: ReportClaim[] = [];
  if (claimsQuery) {
    for await (const batch of repos.claims.inReadingOrder(claimsQuery, range)) {
      for (const c of batch) reportClaims.push({ ...c, checkedBy: names.get(c.updatedBy ?? c.createdBy ?? '') ?? null, reviewState: c.review.state });
    }
  }
  const articleIds = new Set(reportClaims.map((c) => c.articleId));
  if (query.articleId) articleIds.add(query.articleId);
  const articles = await repos.articles.findMany([...articleIds]);
  const title = query.articleId && articles.length === 1 ? articles[0]!.title : labels.reportTitle(total, format.number(total));
  const scope = labels.describeScope(await scopeOf(repos, query, language, format));
  return {
    title,
    scope: part ? labels.scopePart(scope, format.number(part.index), format.number(part.count)) : scope,
    generatedAt,
    newsroom: { name: settings.newsroomName, url: settings.newsroomUrl },
    baseUrl,
    articles,
    sources,
    claims: reportClaims,
    language,
    ...(part && { part }),
  };
}

