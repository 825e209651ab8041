// The desk of the store contract (tests/server/store-contract.test.ts): the demo seed plus what every ordering and
// filter can trip on (equal timestamps, equal names, case and accents, deleted claims, articles and sessions), and
// the claims each query should give, worked out here from the data alone, as plainly as possible.
import { claimSearchText, normalizeQuery } from '../../domain/search-normalize.ts';
import type { ClaimsQuery } from '../../domain/requests.ts';
import {
  PENDING_REVIEW,
  REVIEW_STATES,
  type AuditEntry,
  type Claim,
  type ClaimsSummary,
  type SessionRecord,
  type StoreData,
  type UserRecord,
  DEFAULT_SETTINGS,
} from '../../domain/schemas.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0, buildArticle, buildSource } from './builders.ts';

/** T0 plus `d` days and `s` seconds, as an ISO timestamp. */
export const day = (d: number, s = 0) => new Date(Date.parse(T0) + d * 86_400_000 + s * 1000).toISOString();

const user = (id: string, username: string, displayName: string, role: UserRecord['role'], disabled = false): UserRecord => ({
  id, username, displayName, role, disabled, locale: null, passwordHash: `scrypt$${id}`, createdAt: T0, updatedAt: T0,
});

const VERDICT_CYCLE = ['disputed', 'corroborated', 'unreviewed', 'disputed', 'corroborated'] as const;
/** The default scale's verdicts, in the queue's `verdict` order: disputed (needs review) first, then scale order. */
export const DEFAULT_VERDICTS_BY_RANK = ['disputed', 'corroborated', 'unreviewed'] as const;
const AUTHORS = [null, 'u-sam', 'u-ana'] as const;
/** Quotes and notes for the queue search (`q`): Arabic spelled with tashkeel, tatweel and hamza, accents, LIKE wildcards. */
export const SEARCHED_TEXTS = [
  { exact: 'x', note: '' },
  { exact: 'قالت أرمينيا إنّها مُستعِدّةٌ', note: '' },
  { exact: 'x', note: "Selon l'Élysée" },
  { exact: 'الجمعـــة في المدينة', note: '' },
  { exact: '50% of_the claims', note: 'back\\slash' },
  { exact: '😀 café', note: 'مستشفى' },
] as const;

export async function contractDesk(): Promise<StoreData> {
  const seed = await loadSeed(T0);
  const users = [
    user('u-sam', 'sam', 'Sam', 'editor'),
    user('u-ana', 'ana', 'ana', 'factchecker'),
    user('u-zed', 'zed', 'Zed', 'editor', true),
    user('u-sam2', 'sam.b', 'Sam', 'factchecker'), // the same display name as u-sam, added later
    user('u-emile', 'emile', 'Émile', 'editor'),
  ];
  const sources = [...seed.sources, buildSource({ id: 'baku', name: 'baku officials', names: {}, aliases: [] }), buildSource({ id: 'istanbul', name: 'İstanbul office', names: {}, aliases: [] })];
  const articles = [
    ...seed.articles,
    buildArticle({ id: 'a-1', title: 'beta talks', text: 'Beta talks began. The Kremlin said so at length.', createdAt: day(1) }),
    buildArticle({ id: 'a-2', title: 'Alpha truce', text: 'Alpha truce text, long enough for claims to point into.', createdAt: day(1) }),
    buildArticle({ id: 'a-3', title: 'Émile', text: 'Émile said 😀 twice, then once more, in front of everyone.', createdAt: day(2) }),
    buildArticle({ id: 'a-4', title: 'émile', text: 'A lower-case twin of a title, written on the same day.', createdAt: day(2) }),
    buildArticle({ id: 'a-5', title: 'Émile', text: 'The same title on the same day: insertion order decides.', createdAt: day(2) }),
    buildArticle({ id: 'a-gone', title: 'Gone', text: 'An article that was deleted, with its claims.', createdAt: day(3), deletedAt: day(4) }),
  ];
  const claimArticles = [articles[0]!.id, 'a-1', 'a-2', 'a-3', 'a-gone'];
  const claims: Claim[] = Array.from({ length: 48 }, (_, i) => {
    const start = (i * 3) % 20;
    const review = i % 4 === 0 ? PENDING_REVIEW : { state: REVIEW_STATES[i % 3]!, comment: '', decidedBy: 'u-sam', decidedAt: day(5) };
    return {
      id: `c-${i}`,
      articleId: claimArticles[i % 5]!,
      sourceId: sources[i % sources.length]!.id,
      start,
      end: start + 1 + (i % 2),
      quote: { exact: SEARCHED_TEXTS[i % 6]!.exact, prefix: '', suffix: '' },
      verdict: VERDICT_CYCLE[i % 5]!,
      note: SEARCHED_TEXTS[i % 6]!.note,
      evidence: i % 6 === 0 ? [{ url: 'https://example.org/e', title: 'Evidence' }] : [],
      createdAt: day(i % 3),
      updatedAt: day(i % 4, i % 3), // ties across sources, articles and verdicts
      version: 1 + (i % 3),
      createdBy: AUTHORS[i % 3]!,
      updatedBy: null,
      review,
      deletedAt: i % 7 === 0 ? day(6) : null,
    };
  });
  const entry = (id: string, claimId: string, action: AuditEntry['action'], at: string, userId: string | null = 'u-ana'): AuditEntry => ({
    id, at, userId, claimId, articleId: claims.find((c) => c.id === claimId)!.articleId, action, before: null, after: { n: id },
  });
  const audit = [entry('e-1', 'c-1', 'create', day(1)), entry('e-2', 'c-2', 'create', day(1)), entry('e-3', 'c-1', 'verdict', day(1), 'u-sam'), entry('e-4', 'c-1', 'note', day(0)),
    entry('e-5', 'c-2', 'verdict', day(2), null), entry('e-6', 'c-3', 'note', day(2))];
  const session = (tokenHash: string, userId: string, expiresAt: string): SessionRecord => ({ tokenHash, userId, csrfToken: `csrf-${tokenHash}`, createdAt: T0, expiresAt });
  return {
    ...seed,
    settings: { ...DEFAULT_SETTINGS, newsroomName: 'Contract desk', newsroomUrl: 'https://desk.example.org', newsroomNames: { ar: 'مكتب العقد' }, publicBaseUrl: 'https://desk.example.org' },
    users,
    sources,
    articles,
    claims,
    audit,
    sessions: [session('h-sam', 'u-sam', day(30)), session('h-old', 'u-sam', day(1)), session('h-ana', 'u-ana', day(10))],
    rejectedSuggestions: [
      { articleId: 'a-1', key: 'k-1', userId: 'u-ana', at: day(1) },
      { articleId: 'a-1', key: 'k-2', userId: null, at: day(1) },
      { articleId: 'a-2', key: 'k-1', userId: 'u-ana', at: day(1) },
    ],
  };
}

/** A live claim on a-1, attributed to the Kremlin, at version 1: for tests that add claims to the desk. */
export const deskClaim = (id: string, overrides: Partial<Claim> = {}): Claim => ({
  id,
  articleId: 'a-1',
  sourceId: 'kremlin',
  start: 4,
  end: 9,
  quote: { exact: 'talks', prefix: 'Beta ', suffix: ' began' },
  verdict: 'unreviewed',
  note: '',
  evidence: [],
  createdAt: day(8),
  updatedAt: day(8),
  version: 1,
  createdBy: 'u-ana',
  updatedBy: null,
  review: PENDING_REVIEW,
  deletedAt: null,
  ...overrides,
});

const collator = new Intl.Collator('en');
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The live claims of live articles that `query` selects, in insertion order. */
export function selectClaims(data: StoreData, query: ClaimsQuery): Claim[] {
  const live = new Set(data.articles.filter((a) => a.deletedAt === null).map((a) => a.id));
  return data.claims.filter(
    (c) =>
      c.deletedAt === null &&
      live.has(c.articleId) &&
      (query.verdict === undefined || c.verdict === query.verdict) &&
      (query.sourceId === undefined || c.sourceId === query.sourceId) &&
      (query.articleId === undefined || c.articleId === query.articleId) &&
      (query.review === undefined || c.review.state === query.review) &&
      (query.userId === undefined || c.createdBy === query.userId) &&
      (query.from === undefined || c.updatedAt >= `${query.from}T00:00:00.000Z`) &&
      (query.to === undefined || c.updatedAt <= `${query.to}T23:59:59.999Z`) &&
      (query.q === undefined || claimSearchText(c).includes(normalizeQuery(query.q))),
  );
}

/** selectClaims in the query's sort (default `-updatedAt`); ties keep insertion order (Array.sort is stable). */
export function sortedClaims(data: StoreData, query: ClaimsQuery): Claim[] {
  const title = (c: Claim) => data.articles.find((a) => a.id === c.articleId)!.title;
  const source = (c: Claim) => data.sources.find((s) => s.id === c.sourceId)!.name;
  const returned = (c: Claim) => Number(c.review.state === 'returned');
  const rank = (verdict: string) => (DEFAULT_VERDICTS_BY_RANK as readonly string[]).indexOf(verdict);
  const orders: Record<NonNullable<ClaimsQuery['sort']>, (a: Claim, b: Claim) => number> = {
    '-updatedAt': (a, b) => byTime(b.updatedAt, a.updatedAt),
    updatedAt: (a, b) => byTime(a.updatedAt, b.updatedAt),
    '-createdAt': (a, b) => byTime(b.createdAt, a.createdAt),
    createdAt: (a, b) => byTime(a.createdAt, b.createdAt),
    source: (a, b) => collator.compare(source(a), source(b)),
    article: (a, b) => collator.compare(title(a), title(b)) || a.start - b.start,
    verdict: (a, b) => rank(a.verdict) - rank(b.verdict),
    returnedFirst: (a, b) => returned(b) - returned(a) || byTime(b.updatedAt, a.updatedAt),
  };
  return selectClaims(data, query).sort(orders[query.sort ?? '-updatedAt']);
}

/** selectClaims by article in insertion order, then start, end and insertion: a report's reading order. */
export function readingOrder(data: StoreData, query: ClaimsQuery): Claim[] {
  const place = new Map(data.articles.map((a, i) => [a.id, i]));
  return selectClaims(data, query).sort((a, b) => place.get(a.articleId)! - place.get(b.articleId)! || a.start - b.start || a.end - b.end);
}

/** The counts of selectClaims; sources the most disputed first, then the most others, then by first appearance. */
export function summaryOf(data: StoreData, query: ClaimsQuery): ClaimsSummary {
  const claims = selectClaims(data, query);
  const count = (keep: (c: Claim) => boolean) => claims.filter(keep).length;
  const sourceIds = [...new Set(claims.map((c) => c.sourceId))];
  const row = (sourceId: string) => ({
    sourceId,
    counts: Object.fromEntries(DEFAULT_VERDICTS_BY_RANK.map((v) => [v, count((c) => c.sourceId === sourceId && c.verdict === v)])),
  });
  const others = (c: Record<string, number>) => c.corroborated! + c.unreviewed!;
  return {
    total: claims.length,
    byVerdict: Object.fromEntries(DEFAULT_VERDICTS_BY_RANK.map((v) => [v, count((c) => c.verdict === v)])),
    byReview: Object.fromEntries(REVIEW_STATES.map((s) => [s, count((c) => c.review.state === s)])) as ClaimsSummary['byReview'],
    bySource: sourceIds.map(row).sort((a, b) => b.counts.disputed! - a.counts.disputed! || others(b.counts) - others(a.counts)),
  };
}
