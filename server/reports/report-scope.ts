// Gathers what a report covers: the claims a query selects (one article, or any queue filter, approved only or all),
// with their articles, sources, and who checked and approved them; and words its title and scope in the report's
// language (`lang`, default English); past LIMITS.reportPartClaims claims, a PDF or package holds the part asked for.
// Claims come from the store in reading order, in batches (a cursor on PostgreSQL), letting other requests run
// between them: gathered whole for the printed reports (buildReportInput), or handed over batch by batch while a
// data export is written (streamReportInput), whose articles and sources are listed from the store beforehand.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DEFAULT_UI_LANGUAGE, sourceName, type UiLanguage } from '../../domain/locales.ts';
import { scaleBody, verdictLabel, type RatingScaleBody } from '../../domain/rating-scale.ts';
import { PUBLICATION_FORMATS, type ClaimsQuery, type ReportQuery } from '../../domain/requests.ts';
import { claimVersionsDigest, exportId } from '../../domain/reports/export-id.ts';
import { reportLabels, type ReportScope } from '../../domain/reports/labels.ts';
import { reportFormat, type ReportFormat } from '../../domain/reports/locale-format.ts';
import { needsParts, partCount } from '../../domain/reports/parts.ts';
import type { PublicClaimReviews, ReportClaim, ReportInput, ReportStream } from '../../domain/reports/report-input.ts';
import type { Article, Claim } from '../../domain/schemas.ts';
import { publicClaimReviews, type PublishingSettings } from '../../domain/publication/claim-reviews.ts';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import { requirePublishable } from '../publication/newsroom-gate.ts';
import { findArticle } from '../services/articles.ts';
import type { ClaimRange, Repositories } from '../store/repositories.ts';

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
async function scopeValues(repos: Repositories, query: ReportQuery, language: UiLanguage, format: ReportFormat, scale: RatingScaleBody): Promise<ReportScope> {
  const source = query.sourceId ? await repos.sources.find(query.sourceId) : undefined;
  const user = query.userId ? await repos.users.find(query.userId) : undefined;
  return {
    approvedOnly: approvedOnly(query),
    ...(query.articleId && { article: (await findArticle(repos, query.articleId)).title }),
    ...(query.verdict && { verdict: verdictLabel(scale, query.verdict, language) }),
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

/** A report's scope, checked and counted: what is known before any claim is read or any byte sent. */
interface CountedScope {
  /** The claims it selects; null when none can be (approved only, and a review state other than approved). */
  claimsQuery: ClaimsQuery | null;
  /** How many claims the whole scope holds. */
  total: number;
  part?: { index: number; count: number };
  /** The claims of the part asked for, in reading order. */
  range?: ClaimRange;
  /** How many claims this report holds: the part's, or all. */
  count: number;
}

/**
 * Checks and counts `query`'s scope: 404 for a missing article (even with no claim), 422 or 400 for a whole or a
 * part that cannot be sent, all before the first byte of a streamed report.
 */
async function countScope(repos: Repositories, query: ReportQuery): Promise<CountedScope> {
  const claimsQuery = claimsQueryOf(query);
  if (query.articleId) await findArticle(repos, query.articleId);
  const total = claimsQuery ? (await repos.claims.page(claimsQuery, 0, 0)).total : 0;
  const part = partOf(query, total);
  if (!part) return { claimsQuery, total, count: total };
  const range = { offset: (part.index - 1) * LIMITS.reportPartClaims, limit: LIMITS.reportPartClaims };
  return { claimsQuery, total, part, range, count: Math.max(0, Math.min(range.limit, total - range.offset)) };
}

/** What a report says around its claims: title, scope, newsroom, and the articles `articleIds` (and the one asked for). */
async function reportHeader(
  repos: Repositories,
  query: ReportQuery,
  { total, part }: CountedScope,
  articleIds: Iterable<string>,
  baseUrl: string,
  generatedAt: string,
): Promise<Omit<ReportInput, 'claims' | 'sources'>> {
  const language = query.lang ?? DEFAULT_UI_LANGUAGE;
  const ids = new Set(articleIds);
  if (query.articleId) ids.add(query.articleId);
  const [articles, settings, stored] = await Promise.all([repos.articles.findMany([...ids]), repos.settings.get(), repos.ratingScale.get()]);
  const scale = scaleBody(stored);
  const labels = reportLabels(language, scale);
  const format = reportFormat({}, labels);
  // Only the publication formats carry ClaimReview; the route has refused them (409) unless the newsroom may publish.
  const publicClaimReviews = PUBLICATION_FORMATS.includes(query.format) ? await publicReviewsOf(repos, articles, requirePublishable(settings)) : undefined;
  const title = query.articleId && articles.length === 1 ? articles[0]!.title : labels.reportTitle(total, format.number(total));
  const scope = labels.describeScope(await scopeValues(repos, query, language, format, scale));
  return {
    title,
    scope: part ? labels.scopePart(scope, format.number(part.index), format.number(part.count)) : scope,
    generatedAt,
    newsroom: { name: settings.newsroomName, url: settings.newsroomUrl },
    baseUrl,
    ...(publicClaimReviews && { publicClaimReviews }),
    articles,
    language,
    scale,
    ...(part && { part }),
  };
}

/** Articles whose publications are read and turned into ClaimReviews in one turn of the event loop. */
const PUBLICATIONS_BATCH = 100;

/**
 * The ClaimReview that each claim of these articles' live publications has on its public page: built from the frozen
 * publication by the page's own builder, so that an export says what the page says, whatever the claim became since.
 * A batch of articles at a time, other requests answered between: a thousand published articles of 20,000 claims held
 * the event loop 75-220 ms in one go, 25-45 ms in batches of 100 (lowdb, a loaded 2-core machine).
 */
async function publicReviewsOf(repos: Repositories, articles: readonly Article[], settings: PublishingSettings): Promise<PublicClaimReviews> {
  const reviews = publicClaimReviews([], settings);
  for (let at = 0; at < articles.length; at += PUBLICATIONS_BATCH) {
    const batch = await Promise.all(articles.slice(at, at + PUBLICATIONS_BATCH).map((article) => repos.publications.latestOfArticle(article.id)));
    Object.assign(reviews, publicClaimReviews(batch.filter((p) => p !== undefined), settings));
    await nextTurn();
  }
  return reviews;
}

export type ReportClaimMaker = (claims: readonly Claim[]) => Promise<ReportClaim[]>;

/**
 * Turns a batch of stored claims into report claims with their credits: "checked by" is the fact-checker of the
 * latest verdict (the audit log, one query a batch), else the claim's creator; "approved by" and "at" are the
 * review's decision, when it approved. Not the last to change the claim: that is often the approving editor (issue 15).
 */
export async function reportClaimMaker(repos: Repositories): Promise<ReportClaimMaker> {
  const names = new Map((await repos.users.list()).map((u) => [u.id, u.displayName]));
  const nameOf = (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
  return async (claims) => {
    const authors = await repos.audit.verdictAuthors(claims.map((c) => c.id));
    return claims.map((c) => {
      const approved = c.review.state === 'approved';
      return {
        ...c,
        checkedBy: nameOf(authors.get(c.id) ?? c.createdBy),
        approvedBy: approved ? nameOf(c.review.decidedBy) : null,
        approvedAt: approved ? c.review.decidedAt : null,
        reviewState: c.review.state,
      };
    });
  };
}

/** The scope's claims as report claims, a store batch at a time, in reading order. */
async function* reportClaimBatches(repos: Repositories, scope: CountedScope, toReportClaims: ReportClaimMaker) {
  if (!scope.claimsQuery) return;
  for await (const batch of repos.claims.inReadingOrder(scope.claimsQuery, scope.range)) yield await toReportClaims(batch);
}

/** The export's id: its claims' versions, the scope that selected them (filters, approval, part), format and language. */
function exportIdOf(query: ReportQuery, versionsDigest: string): string {
  const { format, lang, purpose: _purpose, ...filters } = query;
  return exportId({
    versionsDigest,
    scope: { ...filters, approved: approvedOnly(query) ? 'only' : 'all' },
    format,
    language: lang ?? DEFAULT_UI_LANGUAGE,
  });
}

/**
 * The whole report input of `query` (the HTML, Markdown, PDF and package reports, at most LIMITS.reportPartClaims
 * claims a part when printed): its claims gathered batch by batch from the store in reading order (by article, then
 * position), with the event loop free between batches, so that other requests are answered while a large scope is
 * gathered. Run it on a snapshot (store.snapshot) for counts and claims of one moment.
 */
export async function buildReportInput(repos: Repositories, query: ReportQuery, baseUrl: string, generatedAt: string): Promise<ReportInput> {
  const scope = await countScope(repos, query);
  const [toReportClaim, sources] = await Promise.all([reportClaimMaker(repos), repos.sources.list()]);
  const claims: ReportClaim[] = [];
  for await (const batch of reportClaimBatches(repos, scope, toReportClaim)) claims.push(...batch);
  const header = await reportHeader(repos, query, scope, claims.map((c) => c.articleId), baseUrl, generatedAt);
  return { ...header, sources, claims, exportId: exportIdOf(query, claimVersionsDigest(claims)) };
}

/**
 * The report of `query` with its claims still to be read (the data exports, written as they are read): checked,
 * counted and its articles and sources listed first, then the claims from the store's cursor, one batch at a time
 * as the report is written, so that a 20,000-claim export never holds every claim at once. Run it, and write the
 * report, on a snapshot (store.snapshot): the claims read last must be those the list and the count were made of.
 */
export async function streamReportInput(repos: Repositories, query: ReportQuery, baseUrl: string, generatedAt: string): Promise<ReportStream> {
  const scope = await countScope(repos, query);
  const references = scope.claimsQuery
    ? await repos.claims.referencesOf(scope.claimsQuery, scope.range)
    : { articleIds: [], sourceIds: [], versionsDigest: claimVersionsDigest([]), approvedCount: 0, amongCount: 0 };
  const [header, toReportClaim, sources] = await Promise.all([
    reportHeader(repos, query, scope, references.articleIds, baseUrl, generatedAt),
    reportClaimMaker(repos),
    repos.sources.list(),
  ]);
  const cited = new Set(references.sourceIds);
  // How many of the claims are on a public page, before any is read: a second count over the same scope, among the
  // claims of its articles' publications (known now, from the header).
  const onPages = header.publicClaimReviews && Object.keys(header.publicClaimReviews);
  const publishedCount = onPages && scope.claimsQuery ? (await repos.claims.referencesOf(scope.claimsQuery, scope.range, onPages)).amongCount : 0;
  return {
    ...header,
    sources: sources.filter((s) => cited.has(s.id)),
    exportId: exportIdOf(query, references.versionsDigest),
    claimCount: scope.count,
    approvedCount: references.approvedCount,
    ...(onPages && { publishedCount }),
    claims: reportClaimBatches(repos, scope, toReportClaim),
  };
}
