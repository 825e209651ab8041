// What the line under a paged list of claims says: whether it shows at all, and how many the next page brings.
import { LIMITS } from '@domain/limits.ts';

/** The line shows while a page is left to load or the list shows fewer claims than match. */
export function showsMoreClaims(total: number, shown: number, hasNextPage: boolean): boolean {
  return hasNextPage || shown < total;
}

/** How many claims the next page brings: a full page, or what is left. */
export function nextPageSize(total: number, shown: number): number {
  return Math.min(total - shown, LIMITS.claimsPage);
}
