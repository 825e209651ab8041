// @vitest-environment jsdom
// The review queue: its filters in the URL, its pages loaded one after another and merged into one list, and the
// server's claim put into every cached list after a decision, or the newer claim shown on a 409.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Claim, ClaimsPage } from '../../../domain/schemas.ts';
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS } from '../../../domain/rating-scale.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { useChangeVerdict } from '../../../client/src/features/review/api/change-verdict.ts';
import {
  claimPagesQueryOptions,
  flattenPages,
  replaceInPages,
  useClaimPages,
} from '../../../client/src/features/review/api/get-claim-pages.ts';
import { useReviewClaim } from '../../../client/src/features/review/api/review-claim.ts';
import { useWithdrawApproval } from '../../../client/src/features/review/api/withdraw-approval.ts';
import { nextPageSize, showsMoreClaims } from '../../../client/src/features/review/more-claims.ts';
import { queryString, queueQueryFromParams } from '../../../client/src/features/review/queue-params.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim, englishReady, renderHook, startApi, testQueryClient, type ApiCall, type FakeApi, type Reply } from '../harness.ts';

const page = (offset: number, ids: string[], total: number): ClaimsPage => ({
  claims: ids.map((id) => buildClaim({ id })),
  offset,
  total,
  limit: 50,
});
const ids = (claims: readonly Claim[]) => claims.map((c) => c.id);

describe('queue filters in the URL', () => {
  const scale = DEFAULT_RATING_SCALE;
  it('shows disputed claims when no verdict is asked, and every verdict for verdict=all', () => {
    expect(queueQueryFromParams(new URLSearchParams(''), scale)).toEqual({ verdict: 'disputed' });
    expect(queueQueryFromParams(new URLSearchParams('verdict=all'), scale)).toEqual({});
    expect(queueQueryFromParams(new URLSearchParams('verdict=corroborated&review=pending'), scale)).toEqual({ verdict: 'corroborated', review: 'pending' });
  });

  it('reads the verdicts off the desk’s scale: an added one filters, the first needing review is the default', () => {
    const misleading = RATING_SCALE_PRESETS.find((v) => v.key === 'misleading')!;
    const added = { verdicts: [misleading, ...scale.verdicts] };
    expect(queueQueryFromParams(new URLSearchParams('verdict=misleading'), scale)).toEqual({ verdict: 'disputed' });
    expect(queueQueryFromParams(new URLSearchParams('verdict=misleading'), added)).toEqual({ verdict: 'misleading' });
    expect(queueQueryFromParams(new URLSearchParams(''), added)).toEqual({ verdict: 'misleading' });
    const noneNeedsReview = { verdicts: scale.verdicts.map((v) => ({ ...v, needsReview: false })) };
    expect(queueQueryFromParams(new URLSearchParams(''), noneNeedsReview)).toEqual({});
  });

  it('drops values the server would refuse, and empty ones (an unknown verdict gives the default)', () => {
    const query = queueQueryFromParams(new URLSearchParams('verdict=maybe&from=yesterday&to=2026-01-31&sort=sideways&q=&userId=me'), scale);
    expect(query).toEqual({ verdict: 'disputed', to: '2026-01-31', userId: 'me' });
  });

  it('writes a query back in one stable order, whatever order it was built in', () => {
    expect(queryString({ q: 'باكو', sort: 'oldest', verdict: 'disputed' } as never)).toBe('verdict=disputed&sort=oldest&q=%D8%A8%D8%A7%D9%83%D9%88');
    const query = { verdict: 'unreviewed', articleId: 'a-1', review: 'returned' } as const;
    expect(queueQueryFromParams(new URLSearchParams(queryString(query)), scale)).toEqual(query);
  });
});

describe('queue pages', () => {
  const { getNextPageParam } = claimPagesQueryOptions({});

  it('asks for the next page after the last claim read, until the total is reached', () => {
    expect(getNextPageParam(page(0, ['a', 'b'], 5), [], 0, [])).toBe(2);
    expect(getNextPageParam(page(2, ['c', 'd', 'e'], 5), [], 2, [])).toBeUndefined();
    // A page that came back empty (claims deleted meanwhile) ends the list instead of asking forever.
    expect(getNextPageParam(page(4, [], 9), [], 4, [])).toBeUndefined();
  });

  it('merges the pages into one list, a claim that moved between two reads listed once', () => {
    const data: InfiniteData<ClaimsPage, number> = { pages: [page(0, ['a', 'b'], 4), page(2, ['b', 'c'], 4)], pageParams: [0, 2] };
    expect(ids(flattenPages(data))).toEqual(['a', 'b', 'c']);
    expect(flattenPages(undefined)).toEqual([]);
  });

  it('puts the server’s version of a claim into whichever page holds it', () => {
    const data: InfiniteData<ClaimsPage, number> = { pages: [page(0, ['a'], 2), page(1, ['b'], 2)], pageParams: [0, 1] };
    const next = replaceInPages(data, buildClaim({ id: 'b', verdict: 'corroborated' }))!;
    expect(next.pages[1]!.claims[0]!.verdict).toBe('corroborated');
    expect(next.pages[0]!.claims[0]).toBe(data.pages[0]!.claims[0]);
    expect(replaceInPages(undefined, buildClaim())).toBeUndefined();
  });

  it('offers the next page under the list while any is left', () => {
    expect(showsMoreClaims(120, 50, true)).toBe(true);
    expect(showsMoreClaims(50, 50, false)).toBe(false);
    expect(showsMoreClaims(51, 50, false)).toBe(true);
    expect(nextPageSize(120, 50)).toBe(50);
    expect(nextPageSize(120, 100)).toBe(20);
  });
});

describe('queue against the server', () => {
  let api: FakeApi;
  let queryClient: QueryClient;
  let reply: (call: ApiCall) => Reply;

  beforeAll(englishReady);
  beforeEach(async () => {
    uiSignedOut();
    queryClient = testQueryClient();
    api = await startApi((call) => reply(call));
  });
  afterEach(() => api.close());

  it('loads page after page with the queue’s filters and merges them', async () => {
    const all = ['a', 'b', 'c', 'd', 'e'];
    reply = (call) => {
      const offset = Number(new URLSearchParams(call.path.split('?')[1]).get('offset'));
      return { status: 200, body: page(offset, all.slice(offset, offset + 2), all.length) };
    };
    const { result } = renderHook(() => useClaimPages({ verdict: 'disputed', q: 'باكو' }), queryClient);
    await result.current.pages.refetch();
    await result.current.pages.fetchNextPage();
    const last = await result.current.pages.fetchNextPage();
    expect(api.calls.map((c) => c.path)).toEqual([
      '/claims/page?verdict=disputed&q=%D8%A8%D8%A7%D9%83%D9%88&offset=0',
      '/claims/page?verdict=disputed&q=%D8%A8%D8%A7%D9%83%D9%88&offset=2',
      '/claims/page?verdict=disputed&q=%D8%A8%D8%A7%D9%83%D9%88&offset=4',
    ]);
    expect(ids(flattenPages(last.data))).toEqual(all);
    expect(last.hasNextPage).toBe(false);
  });

  it('puts an approved claim into every cached list and page, and clears the row’s last error', async () => {
    queryClient.setQueryData(claimKeys.byArticle('article-1'), [buildClaim()]);
    queryClient.setQueryData(claimKeys.paged({}), { pages: [page(0, ['claim-1'], 1)], pageParams: [0] });
    useUiStore.getState().queueActionFailed('claim-1', 'old failure');
    const approved = buildClaim({ version: 2, review: { state: 'approved', decidedBy: 'ed', decidedAt: '2026-01-02T00:00:00.000Z', comment: '' } });
    reply = () => ({ status: 200, body: approved });
    const { result } = renderHook(useReviewClaim, queryClient);
    await result.current.mutateAsync({ claim: buildClaim(), decision: 'approve' });
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/claims/claim-1/review', body: { decision: 'approve', comment: '', version: 1 } });
    expect(queryClient.getQueryData<Claim[]>(claimKeys.byArticle('article-1'))?.[0]?.review.state).toBe('approved');
    expect(queryClient.getQueryData<InfiniteData<ClaimsPage>>(claimKeys.paged({}))?.pages[0]?.claims[0]?.version).toBe(2);
    expect(useUiStore.getState().queueErrors).toEqual({});
  });

  it('on a 409 shows the newer claim in the row and says which version it is', async () => {
    queryClient.setQueryData(claimKeys.paged({}), { pages: [page(0, ['claim-1'], 1)], pageParams: [0] });
    const theirs = buildClaim({ verdict: 'corroborated', version: 7 });
    reply = () => ({ status: 409, body: { error: { code: 'version_conflict', message: 'Changed.', current: theirs } } });
    const { result } = renderHook(useChangeVerdict, queryClient);
    await result.current.mutateAsync({ claim: buildClaim(), verdict: 'disputed' }).catch(() => undefined);
    expect(api.calls[0]).toMatchObject({ method: 'PATCH', body: { verdict: 'disputed', version: 1 } });
    expect(queryClient.getQueryData<InfiniteData<ClaimsPage>>(claimKeys.paged({}))?.pages[0]?.claims[0]).toEqual(theirs);
    const message = useUiStore.getState().queueErrors['claim-1'];
    expect(message).toContain('Corroborated');
    expect(message).toContain('7');
  });

  it('says why an action failed, in the row, without touching the cache', async () => {
    queryClient.setQueryData(claimKeys.paged({}), { pages: [page(0, ['claim-1'], 1)], pageParams: [0] });
    reply = () => ({ status: 400, body: { error: { code: 'invalid_request', message: 'reason: is required', field: 'reason' } } });
    const { result } = renderHook(useWithdrawApproval, queryClient);
    await result.current.mutateAsync({ claim: buildClaim(), reason: '' }).catch(() => undefined);
    expect(api.calls[0]).toMatchObject({ path: '/claims/claim-1/withdraw-approval', body: { reason: '', version: 1 } });
    expect(useUiStore.getState().queueErrors['claim-1']).toMatch(/^Could not withdraw the approval: /);
    expect(queryClient.getQueryData<InfiniteData<ClaimsPage>>(claimKeys.paged({}))?.pages[0]?.claims[0]?.version).toBe(1);
  });
});
