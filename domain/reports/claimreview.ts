// schema.org ClaimReview JSON-LD, as Google's fact-check markup guidelines describe it: one ClaimReview per claim on a
// public page, the claim shortened to under 75 characters in `claimReviewed` and kept whole in `itemReviewed.text`;
// the newsroom its `author`, the fact-checker its `contributor` and the approving editor its `editor`. claimReviewLd
// is the one builder: a public page embeds one per claim (domain/publication/claim-reviews.ts), and the ClaimReview
// export carries exactly those, for the claims of its scope that are on a current public page; a claim on none has
// no ClaimReview (Google requires the `url` of the public page that carries the fact-check). Built whole, or written
// while its claims are read from the store (claimReviewStream), the same text either way.
import type { PublicClaimReviews, ReportClaim, ReportInput, ReportStream } from './report-input.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from './json-chunks.ts';
import { indexReport } from './summary.ts';
import { streamedBuilder } from './builder.ts';

/** Google: "Try to keep this less than 75 characters"; counted in code points, ellipsis included. */
export const CLAIM_REVIEWED_MAX = 74;


const PERSON_KINDS = new Set(['person', 'individual']);

export interface ClaimReviewLd {
  '@type': 'ClaimReview';
  url?: string;
  claimReviewed: string;
  datePublished: string;
  /** The day of the latest correction of a published page (issue 15, item 4). */
  dateModified?: string;
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
    author?: { '@type': 'Organization' | 'Person'; name: string; alternateName?: string; sameAs?: string };
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

/** `reviewRating`'s numbers and name: the verdict's value on the scale's range, named in the review's language. */
export interface ReviewRatingParts {
  value: number;
  worstRating: number;
  bestRating: number;
  alternateName: string;
}

const httpUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What one ClaimReview is made of, whatever holds it: a report's claim, or a public page's frozen claim. */
export interface ClaimReviewParts {
  url?: string;
  quote: string;
  /** The article's language: the claim's and the review's. */
  language: string;
  datePublished: string;
  /** The day of the latest correction, when there was one. */
  dateModified?: string;
  newsroom: { name: string; url?: string | null | undefined };
  checkedBy: string | null | undefined;
  approvedBy: string | null | undefined;
  rating: ReviewRatingParts;
  /** `sameAs`: the page the newsroom gave to identify the source (Wikidata…), carried as `author.sameAs`. */
  source: { name: string; localName: string; kind?: string | undefined; sameAs?: string | undefined } | null;
  article: { title: string; url: string | null; publishedAt: string | null; outlet: string };
}

/** The ClaimReview of one published verdict (Google's required and recommended fields; issue 15, item 6). */
export function claimReviewLd(parts: ClaimReviewParts): ClaimReviewLd {
  const newsroomUrl = httpUrl(parts.newsroom.url);
  const articleUrl = httpUrl(parts.article.url);
  const { source, article } = parts;
  return {
    '@type': 'ClaimReview',
    ...(parts.url && { url: parts.url }),
    claimReviewed: shortenClaim(parts.quote, parts.language),
    datePublished: parts.datePublished,
    ...(parts.dateModified && { dateModified: parts.dateModified }),
    inLanguage: parts.language,
    author: { '@type': 'Organization', name: parts.newsroom.name, ...(newsroomUrl && { url: newsroomUrl }) },
    ...(parts.checkedBy && { contributor: { '@type': 'Person', name: parts.checkedBy } }),
    ...(parts.approvedBy && { editor: { '@type': 'Person', name: parts.approvedBy } }),
    reviewRating: {
      '@type': 'Rating',
      ratingValue: parts.rating.value,
      bestRating: parts.rating.bestRating,
      worstRating: parts.rating.worstRating,
      alternateName: parts.rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      text: parts.quote,
      inLanguage: parts.language,
      ...(source && {
        author: {
          '@type': PERSON_KINDS.has(source.kind ?? '') ? 'Person' : 'Organization',
          name: source.name,
          ...(source.localName !== source.name && { alternateName: source.localName }),
          ...(source.sameAs && { sameAs: source.sameAs }),
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
}

/**
 * The ClaimReview that the current public page of `claim` embeds, if it is on one: what an export carries for it
 * (issue 15). Absent, the claim is not on a published page, and no ClaimReview may point anywhere for it.
 */
function pageReviewOf(reviews: PublicClaimReviews | undefined, claim: Pick<ReportClaim, 'id'>): ClaimReviewLd | undefined {
  return reviews && Object.hasOwn(reviews, claim.id) ? reviews[claim.id] : undefined;
}

/** The page ClaimReviews of `claims`, in their order: those not on a current public page give none. */
function* pageReviewsOf(claims: Iterable<ReportClaim>, reviews: PublicClaimReviews | undefined): Generator<ClaimReviewLd> {
  for (const claim of claims) {
    const review = pageReviewOf(reviews, claim);
    if (review) yield review;
  }
}

/** How a report's claims stand for its ClaimReview: on a current public page (exported), or not (left out). */
export interface ClaimReviewCoverage {
  published: number;
  unpublished: number;
}

/** The coverage of a whole report input. */
export function claimReviewCoverage(input: Pick<ReportInput, 'claims' | 'publicClaimReviews'>): ClaimReviewCoverage {
  const published = input.claims.filter((claim) => pageReviewOf(input.publicClaimReviews, claim)).length;
  return { published, unpublished: input.claims.length - published };
}

/**
 * The ClaimReview of each claim of the report that is on a current public page, in reading order: the one its page
 * embeds, built from the frozen publication (input.publicClaimReviews), never from the live claim, which may have
 * changed since. A claim on no public page has none. Without `@context`; see buildClaimReviewDocument.
 */
export function buildClaimReviews(input: ReportInput): ClaimReviewLd[] {
  return [...pageReviewsOf(indexReport(input).claims, input.publicClaimReviews)];
}

/** The JSON-LD document to serve: `{ "@context": "https://schema.org", "@graph": [ClaimReview…] }`. */
export function buildClaimReviewDocument(input: ReportInput): ClaimReviewDocument {
  return { '@context': 'https://schema.org', '@graph': buildClaimReviews(input) };
}

/** The ClaimReview document's text in chunks (one per ClaimReview), safe to paste into a `<script>` element. */
export function* claimReviewChunks(input: ReportInput): Generator<string> {
  yield* jsonChunks({ '@context': 'https://schema.org', '@graph': pageReviewsOf(indexReport(input).claims, input.publicClaimReviews) }, 2);
}

/** claimReviewChunks of a report whose claims are read as it is written: the same text, one chunk per ClaimReview. */
export async function* claimReviewStream(input: ReportStream): AsyncGenerator<string> {
  const graph = new BatchedArray(input.claims).map((claims) => pageReviewsOf(claims, input.publicClaimReviews));
  yield* jsonChunksAsync({ '@context': 'https://schema.org', '@graph': graph }, 2);
}

/** The ClaimReview export's builder, for the format registry (formats.ts). */
export const builder = streamedBuilder({ chunks: claimReviewChunks, stream: claimReviewStream });
