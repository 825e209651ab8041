// The review queue's filters as they live in the URL, so a view can be shared and reloaded. Without a verdict the
// queue shows the claims of the desk's first verdict that needs an editor's review (today's "disputed"), or every
// verdict when none does; `verdict=all` shows every verdict. A verdict the desk's scale lacks counts as none.
import { ClaimsQuerySchema, type ClaimsQuery } from '@domain/requests.ts';
import type { RatingScale } from '@domain/rating-scale.ts';

export const QUEUE_FILTERS = ['verdict', 'review', 'sourceId', 'articleId', 'userId', 'from', 'to', 'sort', 'q'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const ALL_VERDICTS = 'all';

/** The verdict the queue shows when its URL names none: the first that needs review, else every verdict. */
export function defaultQueueVerdict(scale: Pick<RatingScale, 'verdicts'>): string {
  return scale.verdicts.find((v) => v.needsReview)?.key ?? ALL_VERDICTS;
}

/** The claims query a queue URL stands for; values the server would refuse are dropped, not sent. */
export function queueQueryFromParams(params: URLSearchParams, scale: Pick<RatingScale, 'verdicts'>): ClaimsQuery {
  const query: Record<string, string> = {};
  for (const key of QUEUE_FILTERS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (key === 'verdict' && !scale.verdicts.some((v) => v.key === value)) continue;
    if (ClaimsQuerySchema.shape[key].safeParse(value).success) query[key] = value;
  }
  const fallback = defaultQueueVerdict(scale);
  if (query.verdict === undefined && params.get('verdict') !== ALL_VERDICTS && fallback !== ALL_VERDICTS) query.verdict = fallback;
  return query as ClaimsQuery;
}

/** The query string of a claims query, in a stable order (for links such as "Export this view"). */
export function queryString(query: ClaimsQuery): string {
  const params = new URLSearchParams();
  for (const key of QUEUE_FILTERS) {
    const value = query[key];
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
}
