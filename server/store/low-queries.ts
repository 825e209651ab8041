// Claims across articles in memory, for the lowdb store: the filters and sorts of GET /api/claims and the review
// queue, and the counts the queue's chart shows (server/store/postgres/claim-queries.ts asks the same of SQL).
import type { ClaimsQuery } from '../../domain/requests.ts';
import { claimSearchText, normalizeQuery } from '../../domain/search-normalize.ts';
import { compareSourceRows, DEFAULT_RATING_SCALE, emptyVerdictCounts, verdictRank, type RatingScale } from '../../domain/rating-scale.ts';
import { REVIEW_STATES, type Claim, type ClaimsPage, type ClaimsSummary, type StoreData } from '../../domain/schemas.ts';

/** The desk's rating scale: the default until one is stored. */
export const scaleOf = (data: StoreData): RatingScale => data.ratingScale ?? DEFAULT_RATING_SCALE;

/** The ids of articles that are not deleted. */
export const liveArticleIds = (data: StoreData) => new Set(data.articles.filter((a) => a.deletedAt === null).map((a) => a.id));

/** Whether a claim is live: not deleted, and its article among `live` (liveArticleIds). */
export const isLiveClaim = (claim: Claim, live: ReadonlySet<string>) => claim.deletedAt === null && live.has(claim.articleId);

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Each claim's search text (claimSearchText), made on the first search that reads it. A change to a claim replaces
 * its object, so an entry never outlives the text it was made from.
 */
const searchTexts = new WeakMap<Claim, string>();
function searchTextOf(claim: Claim): string {
  let text = searchTexts.get(claim);
  if (text === undefined) {
    text = claimSearchText(claim);
    searchTexts.set(claim, text);
  }
  return text;
}

/** `userId: 'me'` must be resolved by the caller before filtering. */
export function filterClaims(data: StoreData, query: ClaimsQuery): Claim[] {
  const needle = query.q === undefined ? '' : normalizeQuery(query.q);
  const from = query.from;
  const to = query.to ? `${query.to}T23:59:59.999Z` : undefined;
  const live = liveArticleIds(data);
  // One pass, the cheap and selective tests first (the queue's verdict), the live check of claim and article last.
  return data.claims.filter(
    (c) =>
      (!query.verdict || c.verdict === query.verdict) &&
      (!query.sourceId || c.sourceId === query.sourceId) &&
      (!query.articleId || c.articleId === query.articleId) &&
      (!query.review || c.review.state === query.review) &&
      (!query.userId || c.createdBy === query.userId) &&
      (!from || c.updatedAt >= from) &&
      (!to || c.updatedAt <= to) &&
      (!needle || searchTextOf(c).includes(needle)) &&
      isLiveClaim(c, live),
  );
}

/** ISO timestamps sort as plain strings: half the time of localeCompare on a 16,666-claim queue (19 → 10 ms). */
const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const collator = new Intl.Collator('en');

/** Each article's place among the titles in collator order (titles the collator finds equal share a place). */
function titleRanksOf(data: StoreData): Map<string, number> {
  const sorted = [...data.articles].sort((a, b) => collator.compare(a.title, b.title));
  const ranks = new Map<string, number>();
  sorted.forEach((article, i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && collator.compare(previous.title, article.title) === 0;
    ranks.set(article.id, same ? ranks.get(previous.id)! : i);
  });
  return ranks;
}

function claimOrder(data: StoreData, sort: ClaimsQuery['sort'] = '-updatedAt'): (a: Claim, b: Claim) => number {
  const name = (map: Map<string, string>, id: string) => map.get(id) ?? id;
  const sources = new Map(data.sources.map((s) => [s.id, s.name]));
  const articles = new Map(data.articles.map((a) => [a.id, a.title]));
  const scale = scaleOf(data);
  const verdictRanks = new Map(scale.verdicts.map((v) => [v.key, verdictRank(scale, v.key)]));
  const rankOf = (key: string) => verdictRanks.get(key) ?? Number.MAX_SAFE_INTEGER;
  let titleRanks: Map<string, number> | undefined; // made on the first comparison by article
  // As collator.compare of the titles, but by rank where both articles are known: numbers compared, not strings.
  const byTitle = (a: string, b: string) => {
    titleRanks ??= titleRanksOf(data);
    const ra = titleRanks.get(a);
    const rb = titleRanks.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : collator.compare(name(articles, a), name(articles, b));
  };
  const by: Record<NonNullable<ClaimsQuery['sort']>, (a: Claim, b: Claim) => number> = {
    '-updatedAt': (a, b) => byTime(b.updatedAt, a.updatedAt),
    updatedAt: (a, b) => byTime(a.updatedAt, b.updatedAt),
    '-createdAt': (a, b) => byTime(b.createdAt, a.createdAt),
    createdAt: (a, b) => byTime(a.createdAt, b.createdAt),
    source: (a, b) => collator.compare(name(sources, a.sourceId), name(sources, b.sourceId)),
    article: (a, b) => byTitle(a.articleId, b.articleId) || a.start - b.start,
    verdict: (a, b) => rankOf(a.verdict) - rankOf(b.verdict),
    // A fact-checker's own view: what an editor sent back comes first, newest first within each group.
    returnedFirst: (a, b) =>
      Number(b.review.state === 'returned') - Number(a.review.state === 'returned') || byTime(b.updatedAt, a.updatedAt),
  };
  return by[sort];
}

export function sortClaims(data: StoreData, claims: Claim[], sort?: ClaimsQuery['sort']): Claim[] {
  return [...claims].sort(claimOrder(data, sort));
}

/**
 * The first `count` items of the stable sort of `items`, without sorting them all: a sorted buffer of at most `count`
 * that an item enters only when it comes before the buffer's last (ties keep their input order). O(n log count) for
 * the queue's first pages; a deep page (count near n) sorts everything instead.
 */
export function firstSorted<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  if (count <= 0) return [];
  if (count * 8 >= items.length) return [...items].sort(compare).slice(0, count);
  const buffer: T[] = [];
  for (const item of items) {
    if (buffer.length === count && compare(item, buffer[count - 1]!) >= 0) continue;
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, buffer[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    buffer.splice(low, 0, item);
    if (buffer.length > count) buffer.pop();
  }
  return buffer;
}

/** One page of the claims a query matches, in its order, with how many match in all. */
export function pageClaims(data: StoreData, query: ClaimsQuery, offset: number, limit: number): ClaimsPage {
  const matching = filterClaims(data, query);
  const first = firstSorted(matching, offset + limit, claimOrder(data, query.sort));
  return { claims: first.slice(offset), total: matching.length, offset, limit };
}

/** The counts of `claims` by verdict (every verdict of `scale`), review state and source (summary order: compareSourceRows). */
export function summarizeClaims(claims: Claim[], scale: RatingScale): ClaimsSummary {
  const byVerdict = emptyVerdictCounts(scale);
  const byReview = zeros(REVIEW_STATES);
  const bySource = new Map<string, Record<string, number>>();
  for (const c of claims) {
    byVerdict[c.verdict] = (byVerdict[c.verdict] ?? 0) + 1;
    byReview[c.review.state] += 1;
    const row = bySource.get(c.sourceId) ?? emptyVerdictCounts(scale);
    row[c.verdict] = (row[c.verdict] ?? 0) + 1;
    bySource.set(c.sourceId, row);
  }
  return {
    total: claims.length,
    byVerdict,
    byReview,
    bySource: [...bySource].map(([sourceId, counts]) => ({ sourceId, counts })).sort(compareSourceRows(scale)),
  };
}
