// The review queue's filters as they live in the URL, so a view can be shared and reloaded. Without a verdict
// the queue shows disputed claims; `verdict=all` shows every verdict.
import { ClaimsQuerySchema, type ClaimsQuery } from '@domain/requests.ts';

export const QUEUE_FILTERS = ['verdict', 'review', 'sourceId', 'articleId', 'userId', 'from', 'to', 'sort', 'q'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];

export const DEFAULT_QUEUE_VERDICT = 'disputed';
export const ALL_VERDICTS = 'all';

/** The claims query a queue URL stands for; values the server would refuse are dropped, not sent. */
export function queueQueryFromParams(params: URLSearchParams): ClaimsQuery {
  const query: Record<string, string> = {};
  for (const key of QUEUE_FILTERS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    if (key === 'verdict' && value === ALL_VERDICTS) continue;
    if (ClaimsQuerySchema.shape[key].safeParse(value).success) query[key] = value;
  }
  if (!params.has('verdict')) query.verdict = DEFAULT_QUEUE_VERDICT;
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
