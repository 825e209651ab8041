// schema.org ClaimReview JSON-LD, as Google's fact-check markup guidelines describe it: one ClaimReview per published
// verdict, the claim shortened to under 75 characters in `claimReviewed` and kept whole in `itemReviewed.text`; the
// newsroom its `author`, the fact-checker its `contributor` and the approving editor its `editor`. Built
// whole, or written while its claims are read from the store (claimReviewStream), the same text either way.
import type { Verdict } from '../schemas.ts';
import { resolveLabels } from './labels.ts';
import type { ReportClaim, ReportInput, ReportStream } from './report-input.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from './json-chunks.ts';
import { claimUrl, indexReport, isoDay, reportLookup, sourceName, type ReportLookup } from './summary.ts';

/** Google: "Try to keep this less than 75 characters"; counted in code points, ellipsis included. */
export const CLAIM_REVIEWED_MAX = 74;

/** The numeric scale behind `reviewRating`: 1 (worst, disputed) to 5 (best, corroborated). */
export const RATING_SCALE = { worstRating: 1, bestRating: 5, values: { disputed: 1, corroborated: 5 } } as const;
type ReviewedVerdict = keyof typeof RATING_SCALE.values;

const PERSON_KINDS = new Set(['person', 'individual']);

export interface ClaimReviewLd {
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  inLanguage: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  /** The fact-checker who set the verdict (schema.org CreativeWork `contributor`). */
  contributor?: { '@type': 'Person'; name: string };
  /** The editor who approved it (CreativeWork `editor`). */
  editor?: { '@type': 'Person'; name: string };
  reviewRating: { '@type': 'Rating'; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: {
    '@type': 'Claim';
    text: string;
    inLanguage: string;
    author?: { '@type': 'Organization' | 'Person'; name: string; alternateName?: string };
    datePublished?: string;
    appearance: { '@type': 'CreativeWork'; headline: string; url?: string; datePublished?: string; publisher?: { '@type': 'Organization'; name: string } };
  };
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReviewLd[];
}

const codePoints = (s: string) => [...s].length;

/**
 * Shortens a quote to at most `max` code points (ellipsis `…` included), cutting after a whole word so that no word,
 * surrogate pair or combining mark is split; whitespace runs become one space. A single word longer than `max` is cut
 * between grapheme clusters.
 */
export function shortenClaim(text: string, language: string, max = CLAIM_REVIEWED_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (codePoints(flat) <= max) return flat;
  let cut = 0;
  for (const word of new Intl.Segmenter(language, { granularity: 'word' }).segment(flat)) {
    const end = word.index + word.segment.length;
    if (codePoints(flat.slice(0, end)) + 1 > max) break;
    if (word.isWordLike) cut = end;
  }
  if (cut === 0) {
    for (const g of new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(flat)) {
      if (codePoints(flat.slice(0, g.index + g.segment.length)) + 1 > max) break;
      cut = g.index + g.segment.length;
    }
  }
  return `${flat.slice(0, cut)}…`;
}

/** A verdict is published when it is not `unreviewed` and, where reviews exist, an editor approved it. */
export function isPublishedVerdict(claim: ReportClaim): claim is ReportClaim & { verdict: ReviewedVerdict } {
  return claim.verdict !== 'unreviewed' && (claim.reviewState == null || claim.reviewState === 'approved');
}

const httpUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What makes the ClaimReview of one published verdict, for a report with these labels, newsroom and base URL. */
function claimReviewer(input: Omit<ReportInput, 'claims'>, lookup: ReportLookup) {
  const labels = resolveLabels(input);
  const newsroomUrl = httpUrl(input.newsroom.url);
  return (claim: ReportClaim & { verdict: ReviewedVerdict }): ClaimReviewLd => {
    const article = lookup.articleOf(claim);
    const source = lookup.sourceOf(claim);
    const localName = source && sourceName(source, article.language);
    const articleUrl = httpUrl(article.url);
    return {
      '@type': 'ClaimReview',
      // Only from a configured public base (PUBLIC_BASE_URL): a relative url is no use to a search engine.
      ...(input.baseUrl && { url: claimUrl(input.baseUrl, claim) }),
      claimReviewed: shortenClaim(claim.quote.exact, article.language),
      datePublished: isoDay(claim.updatedAt),
      inLanguage: article.language,
      author: { '@type': 'Organization', name: input.newsroom.name, ...(newsroomUrl && { url: newsroomUrl }) },
      ...(claim.checkedBy && { contributor: { '@type': 'Person', name: claim.checkedBy } }),
      ...(claim.approvedBy && claim.reviewState === 'approved' && { editor: { '@type': 'Person', name: claim.approvedBy } }),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING_SCALE.values[claim.verdict],
        bestRating: RATING_SCALE.bestRating,
        worstRating: RATING_SCALE.worstRating,
        alternateName: labels.verdicts[claim.verdict satisfies Verdict],
      },
      itemReviewed: {
        '@type': 'Claim',
        text: claim.quote.exact,
        inLanguage: article.language,
        ...(source && {
          author: {
            '@type': PERSON_KINDS.has(source.kind ?? '') ? 'Person' : 'Organization',
            name: source.name,
            ...(localName && localName !== source.name && { alternateName: localName }),
          },
        }),
        ...(article.publishedAt && { datePublished: article.publishedAt }),
        appearance: {
          '@type': 'CreativeWork',
          headline: article.title,
          ...(articleUrl && { url: articleUrl }),
          ...(article.publishedAt && { datePublished: article.publishedAt }),
          ...(article.outlet && { publisher: { '@type': 'Organization', name: article.outlet } }),
        },
      },
    };
  };
}

/** Each published verdict's ClaimReview in reading order, built when it is asked for. */
function* claimReviewsOf(input: ReportInput): Generator<ClaimReviewLd> {
  const index = indexReport(input);
  const review = claimReviewer(input, index);
  for (const claim of index.claims) if (isPublishedVerdict(claim)) yield review(claim);
}

/** One ClaimReview per published verdict, in reading order (without `@context`; see buildClaimReviewDocument). */
export function buildClaimReviews(input: ReportInput): ClaimReviewLd[] {
  return [...claimReviewsOf(input)];
}

/** The JSON-LD document to serve or embed: `{ "@context": "https://schema.org", "@graph": [ClaimReview…] }`. */
export function buildClaimReviewDocument(input: ReportInput): ClaimReviewDocument {
  return { '@context': 'https://schema.org', '@graph': buildClaimReviews(input) };
}

/**
 * The ClaimReview document's text in chunks (one per ClaimReview, each built as it is written), safe to paste into a
 * `<script>` element.
 */
export function* claimReviewChunks(input: ReportInput): Generator<string> {
  yield* jsonChunks({ '@context': 'https://schema.org', '@graph': claimReviewsOf(input) }, 2);
}

/** claimReviewChunks of a report whose claims are read as it is written: the same text, one chunk per ClaimReview. */
export async function* claimReviewStream(input: ReportStream): AsyncGenerator<string> {
  const review = claimReviewer(input, reportLookup(input.articles, input.sources));
  const graph = new BatchedArray(input.claims).map(function* (claims) {
    for (const claim of claims) if (isPublishedVerdict(claim)) yield review(claim);
  });
  yield* jsonChunksAsync({ '@context': 'https://schema.org', '@graph': graph }, 2);
}
