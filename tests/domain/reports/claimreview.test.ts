import { describe, expect, it } from 'vitest';
// ClaimReview as a public page embeds it and as the ClaimReview export carries it: the same one, built from the frozen
// publication, for the claims on a current public page only; and claimReviewed shortened for Google's 75 characters.
import {
  buildClaimReviewDocument,
  buildClaimReviews,
  CLAIM_REVIEWED_MAX,
  claimReviewCoverage,
  shortenClaim,
} from '../../../domain/reports/claimreview.ts';
import { DEFAULT_RATING_SCALE } from '../../../domain/rating-scale.ts';
import { reportLabels } from '../../../domain/reports/labels.ts';
import { PUBLISHED_AT, publishedInput, settings } from '../publication/build-publication.ts';
import { buildReportInput, DEMO_ARTICLE_ID, demoArticle, demoClaims, demoSources, QUOTES } from './build-report-input.ts';

const codePoints = (s: string) => [...s].length;
const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Checks the 75-character rule: fewer than 75 code points, a whole-word prefix of the quote, then an ellipsis. */
function expectShortened(shortened: string, quote: string) {
  const flat = quote.replace(/\s+/g, ' ').trim();
  expect(codePoints(shortened)).toBeLessThan(75);
  expect(shortened.isWellFormed()).toBe(true);
  expect(shortened.endsWith('…')).toBe(true);
  const kept = shortened.slice(0, -1);
  expect(flat.startsWith(kept)).toBe(true);
  expect(LETTER.test(flat[kept.length] ?? ' ')).toBe(false);
}

describe('the ClaimReview of a claim on a public page', () => {
  // Published as the demo article's page: the unreviewed claim (its verdict unrated) stays off it.
  const input = publishedInput(buildReportInput({ articles: [demoArticle({ url: 'https://example.org/afp/karabakh-2020-10-09' })] }));
  const reviews = buildClaimReviews(input);
  const [disputed, corroborated] = reviews;

  it('makes one ClaimReview per claim on the page, none for a verdict the scale does not rate', () => {
    expect(reviews).toHaveLength(2);
    expect(reviews.map((r) => r.itemReviewed.text)).toEqual([QUOTES.armenia, QUOTES.kremlin]);
  });

  it('gives each ClaimReview its type, its place on the public page, the day of publication and the article language', () => {
    expect(disputed).toMatchObject({
      '@type': 'ClaimReview',
      url: `https://facts.example.org/v/${DEMO_ARTICLE_ID}#claim-1`,
      datePublished: PUBLISHED_AT.slice(0, 10),
      inLanguage: 'ar',
    });
    expect(corroborated?.url).toBe(`https://facts.example.org/v/${DEMO_ARTICLE_ID}#claim-2`);
    expect(JSON.stringify(reviews)).not.toContain('/articles/');
  });

  it('names the newsroom as the author of the review, in the page\'s language, on its site or else its public base URL', () => {
    expect(disputed?.author).toEqual({ '@type': 'Organization', name: 'حقائق كاراباخ', url: 'https://facts.example.org/about' });
    const [plain] = buildClaimReviews(publishedInput(buildReportInput(), undefined, { ...settings, newsroomNames: {}, newsroomUrl: null }));
    expect(plain?.author).toEqual({ '@type': 'Organization', name: 'Karabakh Facts', url: 'https://facts.example.org' });
  });

  it('rates on the default scale from 1 (disputed) to 5 (corroborated), alternateName in the review\'s language', () => {
    const arabic = reportLabels('ar').verdicts;
    expect(disputed?.inLanguage).toBe('ar');
    expect(disputed?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: arabic.disputed });
    expect(corroborated?.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: arabic.corroborated,
    });
    expect(arabic.disputed).not.toBe(reportLabels('en').verdicts.disputed);
  });

  it('names the verdict in the newsroom\'s default language when Claimdesk has no labels in the article\'s', () => {
    const armenian = buildReportInput({ articles: [demoArticle({ language: 'hy' })] });
    const [review] = buildClaimReviews(publishedInput(armenian, undefined, { ...settings, defaultReportLanguage: 'fr' }));
    expect(review?.reviewRating.alternateName).toBe(reportLabels('fr').verdicts.disputed);
  });

  it('rates and names a verdict as the desk\'s scale did when published: its value on the range, its alternateName per language', () => {
    const scale = {
      ...DEFAULT_RATING_SCALE,
      worstRating: 0,
      bestRating: 10,
      verdicts: DEFAULT_RATING_SCALE.verdicts.map((v) =>
        v.key === 'disputed' ? { ...v, rating: { value: 2, alternateName: { en: 'Wrong', fr: 'Faux', ar: 'خاطئ' } } } : v,
      ),
    };
    const [review] = buildClaimReviews(publishedInput({ ...input, scale }));
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 10, worstRating: 0, alternateName: 'خاطئ' });
  });

  it('leaves verdicts the scale does not rate off the page, and so out of the export', () => {
    const scale = { ...DEFAULT_RATING_SCALE, verdicts: DEFAULT_RATING_SCALE.verdicts.map((v) => (v.key === 'disputed' ? { ...v, rating: null } : v)) };
    const unrated = publishedInput({ ...buildReportInput(), scale });
    expect(buildClaimReviews(unrated).map((r) => r.reviewRating.ratingValue)).toEqual([5]);
    expect(claimReviewCoverage(unrated)).toEqual({ published: 1, unpublished: 2 });
  });

  it('describes the reviewed item as a Claim by the source, appearing in the article, with the full quote as text', () => {
    expect(corroborated?.itemReviewed).toEqual({
      '@type': 'Claim',
      text: QUOTES.kremlin,
      inLanguage: 'ar',
      author: { '@type': 'Organization', name: 'Kremlin', alternateName: 'الكرملين', sameAs: 'https://en.wikipedia.org/wiki/Presidential_Administration_of_Russia' },
      datePublished: '2020-10-09',
      appearance: {
        '@type': 'CreativeWork',
        headline: "Armenia 'ready' to resume peace process as Karabakh clashes continue",
        url: 'https://example.org/afp/karabakh-2020-10-09',
        datePublished: '2020-10-09',
        publisher: { '@type': 'Organization', name: 'AFP (Arabic service)' },
      },
    });
  });

  it('keeps the headline but leaves out appearance.url when the article has no URL', () => {
    const [review] = buildClaimReviews(publishedInput(buildReportInput()));
    expect(review?.itemReviewed.appearance.headline).toBe(input.articles[0]!.title);
    expect(review?.itemReviewed.appearance).not.toHaveProperty('url');
  });

  it('types a source of kind "person" as a Person', () => {
    const sources = demoSources().map((s) => (s.id === 'kremlin' ? { ...s, name: 'Vladimir Putin', kind: 'person' as const } : s));
    const [, review] = buildClaimReviews(publishedInput({ ...input, sources }));
    expect(review?.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Vladimir Putin' });
  });

  it('shortens a long Arabic quote in claimReviewed to under 75 code points at a word boundary, with an ellipsis', () => {
    expect(codePoints(QUOTES.armenia)).toBeGreaterThan(CLAIM_REVIEWED_MAX);
    expectShortened(disputed!.claimReviewed, QUOTES.armenia);
    expect(disputed?.claimReviewed).toBe('القصف المدفعي استمر على قطاعات عدة من خط المواجهة. العدو ضرب مناطق مأهولة…');
  });

  it('keeps a short quote in claimReviewed whole', () => {
    const [review] = buildClaimReviews(publishedInput({ ...input, claims: demoClaims().map((c) => ({ ...c, verdict: 'corroborated' as const })) }));
    expect(review?.claimReviewed).toBe(QUOTES.elysee);
  });

  it('wraps the reviews in a schema.org JSON-LD graph that survives serialisation', () => {
    const doc = JSON.parse(JSON.stringify(buildClaimReviewDocument(input)));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toEqual(reviews);
  });
});

describe('the ClaimReview export', () => {
  const draft = buildReportInput();
  const input = publishedInput(draft);
  const onPages = buildClaimReviews(input);
  const [elysee, armenia, kremlin] = input.claims;

  it('carries the very ClaimReviews the pages embed, in reading order, whatever order the claims come in', () => {
    expect(onPages).toEqual([input.publicClaimReviews![armenia!.id], input.publicClaimReviews![kremlin!.id]]);
    expect(buildClaimReviews({ ...input, claims: [...input.claims].reverse() })).toEqual(onPages);
  });

  it('says what the page says, not what the claim says since: a verdict, source, note or credit changed after publishing', () => {
    const edited = input.claims.map((c) => ({ ...c, verdict: 'disputed', sourceId: 'elysee', note: 'Rewritten', checkedBy: 'Someone else', approvedBy: 'Another editor', updatedAt: '2026-05-01T00:00:00.000Z' }));
    expect(buildClaimReviews({ ...input, claims: edited })).toEqual(onPages);
  });

  it('leaves out each claim on no public page and counts it', () => {
    const some = publishedInput(draft, (c) => c.id === kremlin!.id);
    expect(buildClaimReviews(some).map((r) => r.itemReviewed.text)).toEqual([QUOTES.kremlin]);
    expect(claimReviewCoverage(some)).toEqual({ published: 1, unpublished: 2 });
    expect(claimReviewCoverage(input)).toEqual({ published: 2, unpublished: 1 }); // the unrated claim is on no page
    expect(elysee!.verdict).toBe('unreviewed');
  });

  it('carries nothing, and counts every claim out, when no page is published', () => {
    expect(buildClaimReviewDocument(draft)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
    expect(claimReviewCoverage(draft)).toEqual({ published: 0, unpublished: 3 });
  });

  it('finds no page for a claim whose id names a property of every object', () => {
    const odd = ['constructor', '__proto__', 'toString'].map((id, i) => ({ ...input.claims[i]!, id, verdict: 'disputed' as const }));
    expect(buildClaimReviews(publishedInput({ ...input, claims: odd }, () => false))).toEqual([]);
    const all = publishedInput({ ...input, claims: odd });
    expect(buildClaimReviews(all).map((r) => r.itemReviewed.text)).toEqual([QUOTES.elysee, QUOTES.armenia, QUOTES.kremlin]);
    expect(claimReviewCoverage(all)).toEqual({ published: 3, unpublished: 0 });
  });
});

describe('shortenClaim', () => {
  it('never cuts a surrogate pair: emoji near the limit stay whole or go', () => {
    const quote = `${'word '.repeat(13)}🙂🙂🙂 ${'more '.repeat(10)}`;
    expectShortened(shortenClaim(quote, 'en'), quote);
  });

  it('collapses line breaks and runs of spaces before measuring', () => {
    expect(shortenClaim('one\n\ntwo   three', 'en')).toBe('one two three');
  });

  it('cuts a single overlong word between grapheme clusters, keeping each letter with its vowel mark', () => {
    const word = 'بَ'.repeat(50);
    const shortened = shortenClaim(word, 'ar');
    expect(codePoints(shortened)).toBeLessThanOrEqual(CLAIM_REVIEWED_MAX);
    expect(shortened.slice(0, -1)).toMatch(/^(?:بَ)+$/u);
  });
});
