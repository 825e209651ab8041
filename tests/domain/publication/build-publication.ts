// A publication and newsroom settings as the public pages and their ClaimReview are built from: an Arabic article
// with two claims, a correction, and a newsroom named in Arabic on a public base URL; and a report input whose claims
// are published, as the ClaimReview export is given them.
import { publicClaimReviews, type PublishingSettings } from '../../../domain/publication/claim-reviews.ts';
import { buildSnapshot } from '../../../domain/publication/snapshot.ts';
import { DEFAULT_RATING_SCALE, freezeVerdict, type FrozenVerdict } from '../../../domain/rating-scale.ts';
import type { ReportClaim, ReportInput } from '../../../domain/reports/report-input.ts';
import { DEFAULT_SETTINGS, type Publication } from '../../../domain/schemas.ts';

/** A default verdict as a publication freezes it. */
export const frozen = (key: string): FrozenVerdict => freezeVerdict(DEFAULT_RATING_SCALE, key)!;

export const settings: PublishingSettings = {
  ...DEFAULT_SETTINGS,
  newsroomName: 'Karabakh Facts',
  newsroomUrl: 'https://facts.example.org/about',
  newsroomNames: { ar: 'حقائق كاراباخ' },
  publicBaseUrl: 'https://facts.example.org',
};

export function buildPublication(overrides: Partial<Publication> = {}): Publication {
  return {
    id: 'p-1',
    articleId: 'a-1',
    slug: 'a-1',
    version: 2,
    status: 'published',
    publishedAt: '2026-12-05T10:00:00.000Z',
    publishedBy: 'u-1',
    corrections: [{ date: '2026-12-05T10:00:00.000Z', note: 'صُحّح الحكم بعد ظهور صور جديدة', claimId: 'c-2' }],
    withdrawnAt: null,
    withdrawnReason: null,
    snapshot: {
      article: { title: 'معارك في ناغورني قره باغ </script><b>', outlet: 'AFP', url: 'https://afp.example/1', language: 'ar', direction: 'rtl', publishedAt: '2020-10-09' },
      firstPublishedAt: '2026-12-01T09:00:00.000Z',
      claims: [
        { claimId: 'c-1', n: 1, quote: 'أعلنت وزارة الدفاع الأذربيجانية أن القوات سيطرت على القرى', source: { name: 'Azerbaijani Ministry of Defence', localName: 'وزارة الدفاع الأذربيجانية' }, verdict: frozen('disputed'), note: 'لا دليل مستقل', evidence: [{ url: 'https://example.org/e1', title: 'Satellite' }], checkedBy: 'Farah', approvedBy: 'Edith', approvedAt: '2026-11-30T12:00:00.000Z' },
        { claimId: 'c-2', n: 2, quote: 'قال الكرملين إنه يدعو إلى وقف إطلاق النار', source: { name: 'Kremlin', localName: 'الكرملين', kind: 'person' }, verdict: frozen('corroborated'), note: '', evidence: [], checkedBy: 'Karim', approvedBy: 'Edith', approvedAt: '2026-11-30T12:00:00.000Z' },
      ],
    },
    ...overrides,
  };
}

/** When publishedInput's pages went out. */
export const PUBLISHED_AT = '2026-03-04T09:00:00.000Z';

/**
 * `input` with a page of each of its articles published at PUBLISHED_AT (version 1, no correction), holding the claims
 * `which` selects (approved for the page, as publishing requires; those the scale does not rate stay off it), and the
 * ClaimReviews those pages embed as its publicClaimReviews, as the server gives them to a ClaimReview export.
 */
export function publishedInput(
  input: ReportInput,
  which: (claim: ReportClaim) => boolean = () => true,
  newsroom: PublishingSettings = settings,
): ReportInput {
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const publications = input.articles.map((article) => {
    const claims = input.claims
      .filter((c) => c.articleId === article.id && which(c))
      .sort((a, b) => a.start - b.start || a.end - b.end)
      .map((c) => ({ ...c, review: { ...c.review, state: 'approved' as const } }));
    const snapshot = buildSnapshot(article, claims, sources, PUBLISHED_AT, input.scale ?? DEFAULT_RATING_SCALE);
    return buildPublication({ id: `p-${article.id}`, articleId: article.id, slug: article.id, version: 1, corrections: [], publishedAt: PUBLISHED_AT, snapshot });
  });
  return { ...input, publicClaimReviews: publicClaimReviews(publications, newsroom) };
}
