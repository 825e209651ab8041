// Gathers what a report covers: the claims a query selects (one article, or any queue filter, approved only or all),
// with their articles, sources, and the names of who checked them.
import type { ReportQuery } from '../../domain/requests.ts';
import { PUBLICATION_FORMATS } from '../../domain/requests.ts';
import type { ReportClaim, ReportInput } from '../../domain/reports/report-input.ts';
import type { StoreData } from '../../domain/schemas.ts';
import { findArticle } from '../services/articles.ts';
import { filterClaims, sortClaims } from '../services/claim-queries.ts';

export function approvedOnly(query: ReportQuery): boolean {
  return query.approved ? query.approved === 'only' : PUBLICATION_FORMATS.includes(query.format);
}

/** Plain words for the scope, as the report's header shows it. */
function describeScope(data: StoreData, query: ReportQuery): string {
  const parts: string[] = [];
  if (query.articleId) parts.push(`article “${findArticle(data, query.articleId).title}”`);
  if (query.verdict) parts.push(`verdict ${query.verdict}`);
  if (query.review) parts.push(`review ${query.review}`);
  if (query.sourceId) parts.push(`source ${data.sources.find((s) => s.id === query.sourceId)?.name ?? query.sourceId}`);
  if (query.userId) parts.push(`checked by ${data.users.find((u) => u.id === query.userId)?.displayName ?? query.userId}`);
  if (query.from || query.to) parts.push(`changed ${query.from ?? '…'} to ${query.to ?? '…'}`);
  const which = approvedOnly(query) ? 'Claims an editor approved' : 'All claims';
  return parts.length > 0 ? `${which}: ${parts.join(', ')}` : which;
}

export function buildReportInput(data: StoreData, query: ReportQuery, baseUrl: string, generatedAt: string): ReportInput {
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
    query.articleId && articles.length === 1 ? articles[0]!.title : `Verification report (${claims.length} claims)`;
  return {
    title,
    scope: describeScope(data, query),
    generatedAt,
    newsroom: { name: data.settings.newsroomName, url: data.settings.newsroomUrl },
    baseUrl,
    articles,
    sources: data.sources,
    claims: reportClaims,
  };
}
