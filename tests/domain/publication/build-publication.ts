// A publication and newsroom settings as the public pages and their ClaimReview are built from: an Arabic article
// with two claims, a correction, and a newsroom named in Arabic on a public base URL.
import type { PublishingSettings } from '../../../domain/publication/claim-reviews.ts';
import { DEFAULT_RATING_SCALE, freezeVerdict, type FrozenVerdict } from '../../../domain/rating-scale.ts';
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
