// @vitest-environment jsdom
// The claim edits' optimistic updates: the cache shows the change before the server answers, takes the server's
// word when it agrees, shows the other person's claim on a 409, and rolls back when the save fails.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type { Claim } from '../../../domain/schemas.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { useDeleteClaim } from '../../../client/src/features/claims/api/delete-claim.ts';
import { useRestoreClaim } from '../../../client/src/features/claims/api/restore-claim.ts';
import { useCreateClaim } from '../../../client/src/features/claims/api/create-claim.ts';
import { useUpdateClaim } from '../../../client/src/features/claims/api/update-claim.ts';
import { findCachedClaim } from '../../../client/src/lib/queries/get-claims.ts';
import { ApiError } from '../../../client/src/lib/api-client.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim, englishReady, gate, renderHook, startApi, testQueryClient, type FakeApi, type Reply } from '../harness.ts';

const ARTICLE = 'article-1';
let api: FakeApi;
let queryClient: QueryClient;
let reply: (call: { method: string; path: string; body: unknown }) => Reply | Promise<Reply>;

beforeAll(englishReady);
beforeEach(async () => {
  uiSignedOut();
  queryClient = testQueryClient();
  reply = () => ({ status: 500 });
  api = await startApi((call) => reply(call));
});
afterEach(() => api.close());

const cached = (id = 'claim-1') => findCachedClaim(queryClient, ARTICLE, id);
const seed = (...claims: Claim[]) => queryClient.setQueryData(claimKeys.byArticle(ARTICLE), claims);

describe('useUpdateClaim', () => {
  it('shows the new verdict at once, sends the version it read, and keeps the server’s version', async () => {
    seed(buildClaim());
    const held = gate<Reply>();
    reply = () => held.promise;
    const { result } = renderHook(useUpdateClaim, queryClient);
    const sent = api.nextCall();
    const saving = result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { verdict: 'disputed' } });
    const call = await sent;
    expect(call).toMatchObject({ method: 'PATCH', path: '/claims/claim-1', body: { verdict: 'disputed', version: 1 } });
    expect(cached()?.verdict).toBe('disputed');
    expect(useUiStore.getState().saves['claim-1']?.pending).toBe(1);
    held.open({ status: 200, body: buildClaim({ verdict: 'disputed', version: 2, updatedAt: '2026-01-02T00:00:00.000Z' }) });
    await saving;
    expect(cached()).toMatchObject({ verdict: 'disputed', version: 2, updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(useUiStore.getState().saves['claim-1']).toMatchObject({ pending: 0, error: null, savedOnce: true });
    expect(useUiStore.getState().announcement).toBeTruthy();
  });

  it('rolls the verdict back when the save fails, and keeps what it tried to save', async () => {
    seed(buildClaim({ verdict: 'corroborated' }));
    reply = () => ({ status: 500, body: { error: { code: 'internal', message: 'Boom' } } });
    const { result } = renderHook(useUpdateClaim, queryClient);
    const failure = await result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { verdict: 'disputed' } }).then(
        () => null,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(ApiError);
    expect(cached()?.verdict).toBe('corroborated');
    const save = useUiStore.getState().saves['claim-1'];
    expect(save).toMatchObject({ pending: 0, failedChanges: { verdict: 'disputed' } });
    expect(save?.error).toBe(failure);
    expect(useUiStore.getState().conflicts['claim-1']).toBeUndefined();
  });

  it('rolls back when the server cannot be reached', async () => {
    seed(buildClaim({ note: 'before' }));
    await api.close();
    const { result } = renderHook(useUpdateClaim, queryClient);
    const failure = await result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { note: 'after' } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 0, code: 'network_error' });
    expect(cached()?.note).toBe('before');
    api = await startApi(() => ({ status: 500 }));
  });

  it('on a 409 shows the other person’s claim and keeps ours aside as a conflict', async () => {
    seed(buildClaim());
    const theirs = buildClaim({ verdict: 'corroborated', note: 'theirs', version: 3 });
    reply = () => ({ status: 409, body: { error: { code: 'version_conflict', message: 'Changed meanwhile.', current: theirs } } });
    const { result } = renderHook(useUpdateClaim, queryClient);
    await result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { verdict: 'disputed' } }).catch(() => undefined);
    expect(cached()).toEqual(theirs);
    expect(useUiStore.getState().conflicts['claim-1']).toEqual({ mine: { verdict: 'disputed' }, theirs });
    expect(useUiStore.getState().saves['claim-1']?.failedChanges).toEqual({ verdict: 'disputed' });
  });

  it('refuses to save a claim no longer in the cache, without calling the server', async () => {
    seed();
    const { result } = renderHook(useUpdateClaim, queryClient);
    const failure = await result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { verdict: 'disputed' } }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 404, code: 'not_found' });
    expect(api.calls).toEqual([]);
  });

  it('queues a second edit behind the first, naming the version the first produced', async () => {
    seed(buildClaim());
    let version = 1;
    reply = (call) => {
      version += 1;
      return { status: 200, body: buildClaim({ ...(call.body as Partial<Claim>), version }) };
    };
    const { result } = renderHook(useUpdateClaim, queryClient);
    await Promise.all([
        result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { verdict: 'disputed' } }),
        result.current.mutateAsync({ articleId: ARTICLE, claimId: 'claim-1', changes: { note: 'checked' } }),
      ]);
    expect(api.calls.map((c) => c.body)).toEqual([
      { verdict: 'disputed', version: 1 },
      { note: 'checked', version: 2 },
    ]);
    expect(cached()).toMatchObject({ verdict: 'disputed', note: 'checked', version: 3 });
  });
});

describe('useDeleteClaim and useRestoreClaim', () => {
  it('removes the claim at once and puts it back in reading order when the server refuses', async () => {
    const first = buildClaim({ id: 'a', start: 0, end: 3 });
    const second = buildClaim({ id: 'b', start: 4, end: 11 });
    seed(first, second);
    const held = gate<Reply>();
    reply = () => held.promise;
    const { result } = renderHook(useDeleteClaim, queryClient);
    const sent = api.nextCall();
    const deleting = result.current.mutateAsync(first).catch((e: unknown) => e);
    expect(await sent).toMatchObject({ method: 'DELETE', path: '/claims/a' });
    expect(queryClient.getQueryData<Claim[]>(claimKeys.byArticle(ARTICLE))?.map((c) => c.id)).toEqual(['b']);
    held.open({ status: 403, body: { error: { code: 'forbidden', message: 'No.' } } });
    await deleting;
    expect(queryClient.getQueryData<Claim[]>(claimKeys.byArticle(ARTICLE))?.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('keeps the claim out once the server agrees', async () => {
    seed(buildClaim());
    reply = () => ({ status: 204 });
    const { result } = renderHook(useDeleteClaim, queryClient);
    await result.current.mutateAsync(buildClaim());
    expect(cached()).toBeUndefined();
  });

  it('brings a restored claim back in reading order', async () => {
    seed(buildClaim({ id: 'b', start: 20, end: 25 }));
    reply = () => ({ status: 200, body: buildClaim({ id: 'a', start: 0, end: 3 }) });
    const { result } = renderHook(useRestoreClaim, queryClient);
    await result.current.mutateAsync('a');
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/claims/a/restore' });
    expect(queryClient.getQueryData<Claim[]>(claimKeys.byArticle(ARTICLE))?.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('adds a created claim to the article’s list once the server answers', async () => {
    seed(buildClaim({ id: 'a' }));
    reply = () => ({ status: 201, body: buildClaim({ id: 'new' }) });
    const { result } = renderHook(useCreateClaim, queryClient);
    await result.current.mutateAsync({ articleId: ARTICLE, body: { start: 4, end: 11, exact: 'Kremlin', sourceId: 'kremlin' } });
    expect(api.calls[0]).toMatchObject({ method: 'POST', path: '/articles/article-1/claims' });
    expect(queryClient.getQueryData<Claim[]>(claimKeys.byArticle(ARTICLE))?.map((c) => c.id)).toEqual(['a', 'new']);
  });
});
