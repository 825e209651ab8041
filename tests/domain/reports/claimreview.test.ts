import { describe, expect, it } from 'vitest';
import {
  buildClaimReviewDocument,
  buildClaimReviews,
  CLAIM_REVIEWED_MAX,
  shortenClaim,
} from '../../../domain/reports/claimreview.ts';
import { DEFAULT_RATING_SCALE } from '../../../domain/rating-scale.ts';
import { reportLabels } from '../../../domain/reports/labels.ts';
import { buildReportInput, demoArticle, demoClaims, demoSources, QUOTES } from './build-report-input.ts';

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

describe('buildClaimReviews', () => {
  const input = buildReportInput({ articles: [demoArticle({ url: 'https://example.org/afp/karabakh-2020-10-09' })] });
  const reviews = buildClaimReviews(input);
  const [disputed, corroborated] = reviews;

  it('makes one ClaimReview per reviewed claim, skipping unreviewed ones', () => {
    expect(reviews).toHaveLength(2);
    expect(reviews.map((r) => r.itemReviewed.text)).toEqual([QUOTES.armenia, QUOTES.kremlin]);
  });

  it('gives each ClaimReview its type, the claim URL, the review date and the article language', () => {
    expect(disputed).toMatchObject({
      '@type': 'ClaimReview',
      url: `http://localhost:3000/articles/afp-karabakh-2020-10-09-ar#claim-${input.claims[1]!.id}`,
      datePublished: '2026-03-02',
      inLanguage: 'ar',
    });
  });

  it('names the newsroom as the author of the review', () => {
    expect(disputed?.author).toEqual({ '@type': 'Organization', name: 'Claimdesk Fact Check', url: 'https://factcheck.example.org' });
    const withoutUrl = buildClaimReviews({ ...input, newsroom: { name: 'Desk', url: null } });
    expect(withoutUrl[0]?.author).toEqual({ '@type': 'Organization', name: 'Desk' });
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

  it('names the verdict in the report\'s language when Claimdesk has no labels in the article\'s', () => {
    const [review] = buildClaimReviews({ ...input, articles: input.articles.map((a) => ({ ...a, language: 'hy' })) });
    expect(review?.reviewRating.alternateName).toBe(reportLabels('en').verdicts.disputed);
  });

  it('rates and names a verdict by the desk\'s scale: its value on the scale\'s range, its alternateName per language', () => {
    const scale = {
      ...DEFAULT_RATING_SCALE,
      worstRating: 0,
      bestRating: 10,
      verdicts: DEFAULT_RATING_SCALE.verdicts.map((v) =>
        v.key === 'disputed' ? { ...v, rating: { value: 2, alternateName: { en: 'Wrong', fr: 'Faux', ar: 'خاطئ' } } } : v,
      ),
    };
    const [review] = buildClaimReviews({ ...input, scale });
    expect(review?.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 10, worstRating: 0, alternateName: 'خاطئ' });
  });

  it('leaves out verdicts the scale does not rate', () => {
    const scale = { ...DEFAULT_RATING_SCALE, verdicts: DEFAULT_RATING_SCALE.verdicts.map((v) => (v.key === 'disputed' ? { ...v, rating: null } : v)) };
    expect(buildClaimReviews({ ...input, scale }).map((r) => r.reviewRating.ratingValue)).toEqual([5]);
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
    const [review] = buildClaimReviews(buildReportInput());
    expect(review?.itemReviewed.appearance.headline).toBe(input.articles[0]!.title);
    expect(review?.itemReviewed.appearance).not.toHaveProperty('url');
  });

  it('types a source of kind "person" as a Person', () => {
    const sources = demoSources().map((s) => (s.id === 'kremlin' ? { ...s, name: 'Vladimir Putin', kind: 'person' as const } : s));
    const [, review] = buildClaimReviews({ ...input, sources });
    expect(review?.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Vladimir Putin' });
  });

  it('shortens a long Arabic quote in claimReviewed to under 75 code points at a word boundary, with an ellipsis', () => {
    expect(codePoints(QUOTES.armenia)).toBeGreaterThan(CLAIM_REVIEWED_MAX);
    expectShortened(disputed!.claimReviewed, QUOTES.armenia);
    expect(disputed?.claimReviewed).toBe('القصف المدفعي استمر على قطاعات عدة من خط المواجهة. العدو ضرب مناطق مأهولة…');
  });

  it('keeps a short quote in claimReviewed whole', () => {
    const [review] = buildClaimReviews({ ...input, claims: demoClaims().map((c) => ({ ...c, verdict: 'corroborated' as const })) });
    expect(review?.claimReviewed).toBe(QUOTES.elysee);
  });

  it('publishes only approved verdicts when review states are given', () => {
    const states = ['pending', 'approved', 'returned'] as const;
    const claims = input.claims.map((c, i) => ({ ...c, verdict: 'disputed' as const, reviewState: states[i] }));
    expect(buildClaimReviews({ ...input, claims }).map((r) => r.itemReviewed.text)).toEqual([QUOTES.armenia]);
    const unset = input.claims.map((c) => ({ ...c, reviewState: null }));
    expect(buildClaimReviews({ ...input, claims: unset })).toHaveLength(2);
  });

  it('wraps the reviews in a schema.org JSON-LD graph that survives serialisation', () => {
    const doc = JSON.parse(JSON.stringify(buildClaimReviewDocument(input)));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@graph']).toEqual(reviews);
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
