// A desk with everything a transfer between stores can lose: deleted articles and claims, sources lowdb removed
// while deleted claims still name them, audit entries of every shape, sessions, rejected suggestions, a disabled
// user with a locale, non-default settings, astral and right-to-left text, and ids whose order is not insertion order.
import { StoreDataSchema, type AuditEntry, type Claim, type StoreData } from '../../domain/schemas.ts';
import { buildArticle, buildSource } from './builders.ts';
import { at, deskData } from './postgres-desk.ts';

export function richDesk(): StoreData {
  const desk = deskData();
  const article = buildArticle({
    id: 'a-ar',
    title: 'بيان الكرملين 😀',
    url: 'https://example.org/ar',
    language: 'ar',
    direction: 'rtl',
    publishedAt: null,
    text: 'قال الكرملين إن المحادثات ستبدأ 😀. ونفى المسؤولون في باكو ذلك.',
    createdAt: at(3),
    updatedAt: at(4),
  });
  const base = desk.claims[1]!;
  const claim = (id: string, overrides: Partial<Claim>): Claim => ({ ...base, id, ...overrides });
  const claims: Claim[] = [
    ...desk.claims,
    claim('c-ar', {
      articleId: 'a-ar',
      sourceId: 'mfa',
      start: 0,
      end: 12,
      quote: { exact: 'قال الكرملين', prefix: '', suffix: ' إن' },
      note: 'Checked 😀\nagainst the ministry\'s statement.',
      evidence: [{ url: 'https://example.org/e/1', title: 'Statement', note: 'Second paragraph' }, { url: 'https://example.org/e/2' }],
      version: 4,
      updatedBy: 'u-2',
      review: { state: 'returned', comment: 'Which statement?', decidedBy: 'u-1', decidedAt: at(5) },
    }),
    // Their sources were removed (lowdb drops the row): only deleted claims name them.
    claim('c-removed-1', { sourceId: 'removed-ministry', deletedAt: at(6), createdAt: at(1), updatedAt: at(6) }),
    claim('c-removed-2', { sourceId: 'removed-ministry', deletedAt: at(7), createdAt: at(2), updatedAt: at(7) }),
    claim('c-removed-3', { sourceId: 'removed-agency', deletedAt: at(6) }),
  ];
  const entry = (id: string, claimId: string, action: AuditEntry['action'], before: unknown, after: unknown, day: number): AuditEntry => ({
    id, at: at(day), userId: day % 2 ? 'u-1' : null, claimId, articleId: claims.find((c) => c.id === claimId)!.articleId, action, before, after,
  });
  const ar = claims.find((c) => c.id === 'c-ar')!;
  const audit: AuditEntry[] = [
    entry('e-9', 'c-ar', 'create', null, { ...ar, version: 1, evidence: [] }, 3),
    entry('e-10', 'c-ar', 'verdict', 'unreviewed', 'corroborated', 4),
    entry('e-2', 'c-ar', 'range', { start: 0, end: 3, exact: 'قال' }, { start: 0, end: 12, exact: 'قال الكرملين' }, 4),
    entry('e-1', 'c-ar', 'evidence', [], ar.evidence, 4),
    entry('e-30', 'c-removed-1', 'delete', desk.claims[1], null, 6),
    entry('e-4', 'c-ar', 'review', { state: 'pending', comment: '', decidedBy: null, decidedAt: null }, ar.review, 5),
  ];
  return StoreDataSchema.parse({
    ...desk,
    settings: { newsroomName: 'Desk of the South Caucasus', newsroomUrl: 'https://example.org/desk' },
    users: [
      ...desk.users,
      { id: 'u-3', username: 'nour.h', displayName: 'نور', role: 'factchecker', disabled: true, locale: 'ar', passwordHash: 'scrypt$x', createdAt: at(1), updatedAt: at(5) },
    ],
    sessions: [
      { tokenHash: 'hash-b', userId: 'u-1', csrfToken: 'csrf-1', createdAt: at(5), expiresAt: at(12) },
      { tokenHash: 'hash-a', userId: 'u-2', csrfToken: 'csrf-2', createdAt: at(6), expiresAt: at(13) },
    ],
    sources: [
      ...desk.sources,
      // Names given in an order jsonb does not keep.
      buildSource({ id: 'mfa', name: 'Foreign ministry', kind: 'government', country: 'AZ', names: { fr: 'Ministère', ar: 'الخارجية', en: 'MFA' }, aliases: ['MFA', 'الخارجية'], createdAt: at(2), updatedAt: at(3) }),
    ],
    articles: [...desk.articles, article],
    claims,
    audit,
    rejectedSuggestions: [
      { articleId: 'a-ar', key: 's-20-31', userId: 'u-1', at: at(4) },
      { articleId: 'a-1', key: 's-0-5', userId: null, at: at(5) },
      { articleId: 'a-1', key: 'a-0-5', userId: 'u-2', at: at(5) },
    ],
  });
}
