// @vitest-environment jsdom
// Making a claim from the draft span: a source is required first, an overlap with existing claims is said, never
// made silently, and a refusal stays with the draft.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type { ArticleDetail } from '../../../domain/schemas.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { useMakeClaim } from '../../../client/src/features/claims/use-make-claim.ts';
import { sourceKeys } from '../../../client/src/lib/queries/source-keys.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildArticle, buildSource } from '../../support/builders.ts';
import { buildClaim, englishReady, renderHook, startApi, testQueryClient, uiBecomes, type FakeApi, type Reply } from '../harness.ts';

const article = { ...buildArticle(), sentences: [] } as unknown as ArticleDetail;
let api: FakeApi;
let queryClient: QueryClient;
let reply: () => Reply;

beforeAll(englishReady);
beforeEach(async () => {
  uiSignedOut();
  queryClient = testQueryClient();
  queryClient.setQueryData(sourceKeys.lists(), [buildSource()]);
  queryClient.setQueryData(claimKeys.byArticle(article.id), [buildClaim({ id: 'existing', start: 4, end: 20 })]);
  reply = () => ({ status: 201, body: buildClaim({ id: 'made', start: 0, end: 11 }) });
  api = await startApi(() => reply());
});
afterEach(() => api.close());

describe('useMakeClaim', () => {
  it('asks for a source before making anything', () => {
    const { result } = renderHook(() => useMakeClaim(article), queryClient);
    useUiStore.getState().textSelected({ start: 0, end: 11 }, null);
    result.current();
    expect(useUiStore.getState().draftError).toBe('Choose who made this claim: pick a source first.');
    expect(api.calls).toEqual([]);
  });

  it('makes the claim from the stored text, names the claims it overlaps, and makes it the active one', async () => {
    const { result } = renderHook(() => useMakeClaim(article), queryClient);
    useUiStore.getState().textSelected({ start: 0, end: 11 }, 'kremlin');
    result.current();
    const state = await uiBecomes((s) => s.activeClaimId === 'made');
    expect(api.calls[0]).toMatchObject({ path: '/articles/article-1/claims', body: { start: 0, end: 11, exact: 'The Kremlin', sourceId: 'kremlin' } });
    expect(state.toast?.message).toBe('Overlaps claim 1, Kremlin');
    expect(state.draft).toBeNull();
  });

  it('keeps the draft and says why when the server refuses', async () => {
    reply = () => ({ status: 403, body: { error: { code: 'forbidden', message: 'No.' } } });
    const { result } = renderHook(() => useMakeClaim(article), queryClient);
    useUiStore.getState().textSelected({ start: 22, end: 34 }, 'kremlin');
    result.current();
    const state = await uiBecomes((s) => s.draftError !== null);
    expect(state.draftError).toMatch(/^The claim was not made: /);
    expect(state.draft).toEqual({ start: 22, end: 34 });
  });
});
