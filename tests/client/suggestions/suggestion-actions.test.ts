// @vitest-environment jsdom
// Accepting and rejecting suggestions: they leave the list at once and come back if the server refuses; accepted
// claims join the article's claims; "accept all" is one undo step, and undoing it deletes every claim it made.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import type { Claim, Suggestion } from '../../../domain/schemas.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { ratingScaleKeys } from '../../../client/src/lib/queries/rating-scale-keys.ts';
import { DEFAULT_RATING_SCALE } from '../../../domain/rating-scale.ts';
import { useClaimActions } from '../../../client/src/features/claims/use-claim-actions.ts';
import { suggestionKeys } from '../../../client/src/lib/queries/suggestion-keys.ts';
import { useSuggestions } from '../../../client/src/features/suggestions/api/get-suggestions.ts';
import { sourceFor, useSuggestionActions } from '../../../client/src/features/suggestions/use-suggestion-actions.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';
import { buildClaim, englishReady, renderHook, startApi, testQueryClient, uiBecomes, type ApiCall, type FakeApi, type Reply } from '../harness.ts';

const ARTICLE = 'article-1';
const suggestion = (key: string, start: number, sourceId: string | null = 'kremlin'): Suggestion => ({
  key,
  start,
  end: start + 5,
  exact: 'words',
  sourceId,
  reason: { kind: 'reported', verb: 'said', alias: null, sentenceIndex: 0 },
});
const listed = (queryClient: QueryClient) => queryClient.getQueryData<Suggestion[]>(suggestionKeys.byArticle(ARTICLE))?.map((s) => s.key);
const claimIds = (queryClient: QueryClient) => queryClient.getQueryData<Claim[]>(claimKeys.byArticle(ARTICLE))?.map((c) => c.id);

let api: FakeApi;
let queryClient: QueryClient;
let reply: (call: ApiCall) => Reply;
const suggestions = [suggestion('one', 0), suggestion('two', 10), suggestion('nobody', 20, null)];

beforeAll(englishReady);
beforeEach(async () => {
  uiSignedOut();
  Element.prototype.scrollIntoView = () => undefined; // jsdom lays nothing out
  globalThis.CSS ??= { escape: (value: string) => value } as typeof CSS; // nor has CSS.escape
  queryClient = testQueryClient();
  queryClient.setQueryData(suggestionKeys.byArticle(ARTICLE), suggestions);
  // The claim actions name verdicts from the desk's scale: read from the cache, not asked of the fake server.
  queryClient.setQueryData(ratingScaleKeys.current(), DEFAULT_RATING_SCALE);
  queryClient.setQueryData(claimKeys.byArticle(ARTICLE), [buildClaim({ id: 'old', start: 40, end: 45 })]);
  reply = () => ({ status: 500 });
  api = await startApi((call) => reply(call));
});
afterEach(() => api.close());

const actions = () => renderHook(() => ({ ...useSuggestionActions(ARTICLE, suggestions), ...useClaimActions() }), queryClient).result;

describe('suggestion actions', () => {
  it('accepts one: it leaves the list at once and its claim becomes the active one', async () => {
    reply = () => ({ status: 200, body: [buildClaim({ id: 'made', start: 0, end: 5 })] });
    const result = actions();
    const sent = api.nextCall();
    result.current.acceptOne(suggestions[0]!);
    expect((await sent).body).toEqual({ suggestions: [{ key: 'one', start: 0, end: 5, exact: 'words', sourceId: 'kremlin' }] });
    expect(listed(queryClient)).toEqual(['two', 'nobody']);
    await uiBecomes((s) => s.activeClaimId === 'made');
    expect(claimIds(queryClient)).toEqual(['old', 'made']);
  });

  it('asks for a speaker before accepting a suggestion without one, and then uses the one picked', async () => {
    const result = actions();
    result.current.acceptOne(suggestions[2]!);
    expect(useUiStore.getState().focusedSuggestionKey).toBe('nobody');
    expect(api.calls).toEqual([]);
    useUiStore.getState().suggestionSourceChosen('nobody', 'baku');
    expect(sourceFor(suggestions[2]!)).toBe('baku');
  });

  it('puts a rejected suggestion back when the server refuses, and says so', async () => {
    reply = () => ({ status: 500, body: { error: { code: 'internal', message: 'Boom' } } });
    const result = actions();
    const sent = api.nextCall();
    result.current.rejectOne(suggestions[1]!);
    expect(await sent).toMatchObject({ path: '/articles/article-1/suggestions/reject', body: { suggestions: [{ key: 'two' }] } });
    expect(listed(queryClient)).toEqual(['one', 'nobody']);
    await uiBecomes((s) => s.toast?.tone === 'error');
    expect(listed(queryClient)).toEqual(['one', 'two', 'nobody']);
  });

  it('accepts all that have a speaker as one undo step, and Ctrl+Z deletes every claim it made', async () => {
    reply = (call) =>
      call.path.endsWith('/accept')
        ? { status: 200, body: [buildClaim({ id: 'm1', start: 0, end: 5 }), buildClaim({ id: 'm2', start: 10, end: 15 })] }
        : { status: 204 };
    const result = actions();
    result.current.acceptAll();
    const state = await uiBecomes((s) => s.undoStack.length === 1);
    expect(state.toast?.message).toMatch(/1/); // one is still waiting for its speaker
    expect((api.calls[0]!.body as { suggestions: unknown[] }).suggestions).toHaveLength(2);
    result.current.undo();
    await uiBecomes((s) => s.toast?.undoable === false && s.toast.tone === 'info');
    expect(api.calls.slice(1).map((c) => `${c.method} ${c.path}`).sort()).toEqual(['DELETE /claims/m1', 'DELETE /claims/m2']);
    expect(claimIds(queryClient)).toEqual(['old']);
  });

  it('says none is ready when no suggestion has a speaker', () => {
    const waiting = [suggestion('a', 0, null)];
    const { result } = renderHook(() => useSuggestionActions(ARTICLE, waiting), queryClient);
    result.current.acceptAll();
    expect(useUiStore.getState().toast?.tone).toBe('error');
    expect(api.calls).toEqual([]);
  });

  it('hides suggestions a claim already covers', async () => {
    queryClient.setQueryData(claimKeys.byArticle(ARTICLE), [buildClaim({ id: 'c', start: 10, end: 15 })]);
    const { result } = renderHook(() => useSuggestions(ARTICLE), queryClient);
    expect(result.current.data?.map((s) => s.key)).toEqual(['one', 'nobody']);
  });
});

describe('claim actions', () => {
  it('brings a deleted claim back with Undo, after its delete went through', async () => {
    reply = (call) => (call.method === 'DELETE' ? { status: 204 } : { status: 200, body: buildClaim({ id: 'old', start: 40, end: 45 }) });
    const result = actions();
    result.current.deleteClaim(buildClaim({ id: 'old', start: 40, end: 45 }));
    result.current.undo();
    await uiBecomes((s) => s.activeClaimId === 'old');
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['DELETE /claims/old', 'POST /claims/old/restore']);
    expect(claimIds(queryClient)).toEqual(['old']);
  });

  it('forgets the undo step of a delete the server refused, and says why', async () => {
    reply = () => ({ status: 403, body: { error: { code: 'forbidden', message: 'Not yours.' } } });
    const result = actions();
    result.current.deleteClaim(buildClaim({ id: 'old', start: 40, end: 45 }));
    expect(useUiStore.getState().undoStack).toHaveLength(1);
    const state = await uiBecomes((s) => s.toast?.tone === 'error');
    expect(state.undoStack).toEqual([]);
    expect(claimIds(queryClient)).toEqual(['old']);
  });

  it('does not record a verdict that does not change', () => {
    const result = actions();
    result.current.setVerdict(buildClaim({ id: 'old' }), 'unreviewed');
    expect(useUiStore.getState().undoStack).toEqual([]);
  });
});
