// Gathers what a report covers: the claims a query selects (one article, or any queue filter, approved only or all),
// with their articles, sources, and the names of who checked them; and words its title and scope in the report's
// language (`lang`, default English).
import { DEFAULT_UI_LANGUAGE, sourceName, type UiLanguage } from '../../domain/locales.ts';
import type { ReportQuery } from '../../domain/requests.ts';
import { PUBLICATION_FORMATS } from '../../domain/requests.ts';
import { reportLabels, type ReportScope } from '../../domain/reports/labels.ts';
import { reportFormat, type ReportFormat } from '../../domain/reports/locale-format.ts';
import type { ReportClaim, ReportInput } from '../../domain/reports/report-input.ts';
import type { StoreData } from '../../domain/schemas.ts';
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

export function buildReportInput(data: StoreData, query: ReportQuery, baseUrl: string, generatedAt: string): ReportInput {
  const language = query.lang ?? DEFAULT_UI_LANGUAGE;
  const labels = reportLabels(language);
  const format = reportFormat({}, labels);
  const claims = sortClaims(data, filterClaims(data, query), 'article').filter(
    (c) => !approvedOnly(query) || c.review.state === 'approved',
  );
  const users = new Map(data.users.map((u) => [u.id, u.displayName]));
  const reportClaims: ReportClaim[] = claims.map((c) => ({
    ...c,
    checkedBy: users.get(c.updatedBy ?? c.createdBy ?? '') ?? null,
    reviewState: c.review.state,
  }));
  const articleIds = new Set(claims.map((c) => c.articleId));
  if (query.articleId) articleIds.add(findArticle(data, query.articleId).id);
  const articles = data.articles.filter((a) => articleIds.has(a.id));
  const title =
    query.articleId && articles.length === 1 ? articles[0]!.title : labels.reportTitle(claims.length, format.number(claims.length));
  return {
    title,
    scope: labels.describeScope(scopeOf(data, query, language, format)),
    generatedAt,
    newsroom: { name: data.settings.newsroomName, url: data.settings.newsroomUrl },
    baseUrl,
    articles,
    sources: data.sources,
    claims: reportClaims,
    language,
  };
}
