// ClaimReview against the schema.org vocabulary itself (issue 15, tests): every type and property exists, each
// property belongs to its node's type, and every value is in the property's range; and Google's ClaimReview
// guidelines' required and recommended fields are all there. Both the export and the public page's JSON-LD.
import { describe, expect, it } from 'vitest';
import { publicationClaimReviews, type PublishingSettings } from '../../../domain/publication/claim-reviews.ts';
import { buildClaimReviews } from '../../../domain/reports/claimreview.ts';
import { DEFAULT_SETTINGS, type Publication } from '../../../domain/schemas.ts';
import { loadVocabulary } from '../../support/schema-org-vocabulary.ts';
import { buildReportInput, demoArticle } from './build-report-input.ts';

const vocabulary = loadVocabulary();

const settings: PublishingSettings = {
  ...DEFAULT_SETTINGS,
  newsroomName: 'Karabakh Facts',
  newsroomUrl: 'https://facts.example.org/about',
  newsroomNames: { ar: 'حقائق كاراباخ' },
  publicBaseUrl: 'https://facts.example.org',
};

const publication: Publication = {
  id: 'p-1',
  articleId: 'a-1',
  slug: 'a-1',
  version: 2,
  status: 'published',
  publishedAt: '2026-12-05T10:00:00.000Z',
  publishedBy: 'u-1',
  corrections: [{ date: '2026-12-05T10:00:00.000Z', note: 'صُحّح الحكم', claimId: 'c-1' }],
  withdrawnAt: null,
  withdrawnReason: null,
  snapshot: {
    article: { title: 'معارك في ناغورني قره باغ', outlet: 'AFP', url: 'https://afp.example/1', language: 'ar', direction: 'rtl', publishedAt: '2020-10-09' },
    firstPublishedAt: '2026-12-01T09:00:00.000Z',
    claims: [
      { claimId: 'c-1', n: 1, quote: 'قال الكرملين إنه يدعو إلى وقف إطلاق النار', source: { name: 'Kremlin', localName: 'الكرملين' }, verdict: 'corroborated', note: '', evidence: [], checkedBy: 'Karim', approvedBy: 'Edith', approvedAt: '2026-11-30T12:00:00.000Z' },
    ],
  },
};

const exported = buildClaimReviews(buildReportInput({ articles: [demoArticle({ url: 'https://example.org/afp/karabakh-2020-10-09' })] }));
const published = publicationClaimReviews(publication, settings);
const cases = [
  ['the export', exported],
  ['the public page', published],
] as const;

describe.each(cases)('ClaimReview of %s', (_name, reviews) => {
  it('has reviews to check', () => {
    expect(reviews.length).toBeGreaterThan(0);
  });

  it('uses only schema.org types and properties, each value in its range', () => {
    expect(reviews.flatMap((review) => vocabulary.check(review))).toEqual([]);
  });

  it('carries every field Google requires or recommends for a fact-check', () => {
    for (const review of reviews) {
      expect(review).toMatchObject({ '@type': 'ClaimReview', claimReviewed: expect.any(String), url: expect.stringMatching(/^https?:\/\//), datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/), inLanguage: expect.any(String) });
      expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      const rating = review.reviewRating;
      expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
      expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      expect(rating.alternateName).toEqual(expect.any(String));
      expect(review.itemReviewed).toMatchObject({ '@type': 'Claim', author: { name: expect.any(String) }, datePublished: expect.any(String), appearance: { '@type': 'CreativeWork', url: expect.stringMatching(/^https?:\/\//) } });
    }
  });
});

describe('the vocabulary check', () => {
  it('finds an unknown property, a property of another type, and a value out of range', () => {
    const wrong = { ...exported[0]!, reviewVerdict: 'x', ratingValue: 3, datePublished: 'yesterday' };
    expect(vocabulary.check(wrong)).toEqual([
      expect.stringMatching(/datePublished: "yesterday" is not in the range/),
      expect.stringMatching(/reviewVerdict: no such schema.org property/),
      expect.stringMatching(/ratingValue: not a property of ClaimReview/),
    ]);
  });
});
