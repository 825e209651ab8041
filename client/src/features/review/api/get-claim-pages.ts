// GET /api/claims/page: the review queue and My claims read the claims a filter matches a page at a time (50), so a
// desk of thousands of claims loads and renders what the editor sees, and the rest on demand.
import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ClaimsQuery } from '@domain/requests.ts';
import type { Claim, ClaimsPage } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { queryString } from '../queue-params.ts';

export const claimPagesQueryOptions = (query: ClaimsQuery) =>
  infiniteQueryOptions({
    queryKey: claimKeys.paged(query),
    queryFn: ({ pageParam, signal }) => apiRequest<ClaimsPage>(`/claims/page?${queryString(query)}&offset=${pageParam}`, { signal }),
    initialPageParam: 0,
    // Claims change in every workbench: the desk reads its pages again whenever it opens (showing the last ones meanwhile).
    staleTime: 0,
    getNextPageParam: (last: ClaimsPage) => {
      const next = last.offset + last.claims.length;
      return last.claims.length > 0 && next < last.total ? next : undefined;
    },
  });

/** The loaded pages as one list; a claim that moved between two reads of different pages is listed once. */
export function flattenPages(data: InfiniteData<ClaimsPage> | undefined): Claim[] {
  if (!data) return [];
  const seen = new Set<string>();
  return data.pages.flatMap((page) => page.claims).filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)));
}

export type ClaimPages = ReturnType<typeof useClaimPages>['pages'];

/** The query (not spread, so TanStack Query re-renders only for the fields a component reads) and its claims. */
export function useClaimPages(query: ClaimsQuery) {
  const pages = useInfiniteQuery(claimPagesQueryOptions(query));
  const claims = useMemo(() => flattenPages(pages.data), [pages.data]);
  return { pages, claims };
}

/** Puts the server's version of a claim into every loaded page (after a decision or a conflict). */
export function replaceInPages(data: InfiniteData<ClaimsPage> | undefined, claim: Claim): InfiniteData<ClaimsPage> | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, claims: page.claims.map((c) => (c.id === claim.id ? claim : c)) })) };
}
