// What every report builder shares: claims in reading order with their article and source, counts by verdict and by
// source, claim URLs and file names for downloads. (The sentence around a claim is in claim-context.ts.)
import { emptyVerdictCounts, type RatingScaleBody, type VerdictDefinition } from '../rating-scale.ts';
import type { Article, Source, VerdictCounts } from '../schemas.ts';
import type { ReportClaim, ReportInput } from './report-input.ts';

/** A claim's article and source, for the builders that make one row or item per claim. */
export interface ReportLookup {
  articleOf(claim: ReportClaim): Article;
  sourceOf(claim: ReportClaim): Source | undefined;
}

export interface ReportIndex extends ReportLookup {
  /** The claims ordered by article (in input order), then by position in the text. */
  claims: ReportClaim[];
  /** The sources that at least one claim cites, in input order. */
  sources: Source[];
}

/** No report can describe a claim whose article it does not hold. */
function missingArticle(claim: ReportClaim): never {
  throw new Error(`report: claim "${claim.id}" belongs to article "${claim.articleId}", which is not in the input`);
}

/**
 * Looks claims' articles and sources up among `articles` and `sources` (a streamed report's, whose claims come
 * later); articleOf throws for a claim whose article is not there.
 */
export function reportLookup(articles: readonly Article[], sources: readonly Source[]): ReportLookup {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return {
    articleOf: (claim) => articleById.get(claim.articleId) ?? missingArticle(claim),
    sourceOf: (claim) => sourceById.get(claim.sourceId),
  };
}

/** Indexes a report input; throws if a claim's article is missing, since no report can describe such a claim. */
export function indexReport(input: ReportInput): ReportIndex {
  const order = new Map(input.articles.map((a, i) => [a.id, i]));
  // Reading order without comparing every claim with every other: one group per article, in input order, each
  // group sorted by position (a stable sort, so claims at the same place keep their input order).
  const byArticle: ReportClaim[][] = input.articles.map(() => []);
  for (const claim of input.claims) byArticle[order.get(claim.articleId) ?? missingArticle(claim)]!.push(claim);
  const claims = byArticle.flatMap((group) => group.sort((a, b) => a.start - b.start || a.end - b.end));
  const cited = new Set(claims.map((c) => c.sourceId));
  return { claims, sources: input.sources.filter((s) => cited.has(s.id)), ...reportLookup(input.articles, input.sources) };
}

/** The page of an article in Claimdesk. */
export function articlePageUrl(baseUrl: string, articleId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/articles/${encodeURIComponent(articleId)}`;
}

/** The address of one claim in Claimdesk: `${baseUrl}/articles/${articleId}#claim-${claimId}`. */
export function claimUrl(baseUrl: string, claim: Pick<ReportClaim, 'id' | 'articleId'>): string {
  return `${articlePageUrl(baseUrl, claim.articleId)}#claim-${encodeURIComponent(claim.id)}`;
}

/**
 * The verdicts a report lists, in the scale's order, and any key a claim holds that the scale lacks (kept, named by
 * its key, so that counts always add up).
 */
export function reportVerdicts(scale: RatingScaleBody, claims: readonly { verdict: string }[] = []): VerdictDefinition[] {
  const known = new Set(scale.verdicts.map((v) => v.key));
  const extra = [...new Set(claims.map((c) => c.verdict).filter((key) => !known.has(key)))];
  return [...scale.verdicts, ...extra.map((key) => unknownVerdict(key))];
}

/** A verdict a claim holds that the scale no longer has: named by its key, in a neutral grey, never published. */
function unknownVerdict(key: string): VerdictDefinition {
  const name = { en: key, fr: key, ar: key };
  return { key, labels: name, description: { en: '', fr: '', ar: '' }, colour: '#57606a', sign: '·', shortcut: 'z', needsReview: false, rating: null };
}

/** Claims counted by verdict: every verdict of `scale` present, 0 when none. */
export function countByVerdict(claims: readonly { verdict: string }[], scale: RatingScaleBody): VerdictCounts {
  const counts = emptyVerdictCounts(scale);
  for (const claim of claims) counts[claim.verdict] = (counts[claim.verdict] ?? 0) + 1;
  return counts;
}

export interface SourceCounts {
  sourceId: string;
  source: Source | undefined;
  counts: VerdictCounts;
  total: number;
}

/** Claims counted by source and verdict, the most-cited source first (ties keep the input's source order). */
export function countBySource(index: ReportIndex, scale: RatingScaleBody): SourceCounts[] {
  const rows = new Map<string, SourceCounts>();
  for (const claim of index.claims) {
    let row = rows.get(claim.sourceId);
    if (!row) {
      row = { sourceId: claim.sourceId, source: index.sourceOf(claim), counts: emptyVerdictCounts(scale), total: 0 };
      rows.set(claim.sourceId, row);
    }
    row.counts[claim.verdict] = (row.counts[claim.verdict] ?? 0) + 1;
    row.total += 1;
  }
  const rank = new Map(index.sources.map((s, i) => [s.id, i]));
  return [...rows.values()].sort(
    (a, b) => b.total - a.total || (rank.get(a.sourceId) ?? Infinity) - (rank.get(b.sourceId) ?? Infinity),
  );
}

export { sourceName } from '../locales.ts';

/** The day of an ISO timestamp or date: `YYYY-MM-DD`. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/**
 * A download file name: `<article id>-<report date>.<ext>` for one article (e.g. `afp-karabakh-2020-10-09-ar-2026-03-02.csv`),
 * `claimdesk-report-<report date>.<ext>` for a scope across articles; a part of a scope adds `-part-<i>-of-<n>`.
 */
export function fileNameFor(input: Pick<ReportInput, 'articles' | 'generatedAt' | 'part'>, ext: string): string {
  const day = isoDay(input.generatedAt);
  const extension = ext.replace(/^\.+/, '').toLowerCase().replace(/[^a-z0-9.]+/g, '');
  const [only, ...others] = input.articles;
  const slug = only && others.length === 0 ? only.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') : '';
  const part = input.part ? `-part-${input.part.index}-of-${input.part.count}` : '';
  return `${slug ? slug : 'claimdesk-report'}-${day}${part}.${extension}`;
}
