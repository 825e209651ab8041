// @vitest-environment jsdom
// Saving the scale: one PUT with the version read and the moves, then the server's scale in the cache and everything
// a scale change can touch read again (the scale and its usage, claims and the queue, articles' counts); a refusal
// leaves the cache alone and keeps the field it names.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { DEFAULT_RATING_SCALE, type RatingScale } from '../../../domain/rating-scale.ts';
import { useUpdateRatingScale } from '../../../client/src/features/rating-scale/api/update-rating-scale.ts';
import { ApiError } from '../../../client/src/lib/api-client.ts';
import { articleKeys } from '../../../client/src/lib/queries/article-keys.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { ratingScaleKeys } from '../../../client/src/lib/queries/rating-scale-keys.ts';
import { englishReady, renderHook, startApi, testQueryClient, type FakeApi, type Reply } from '../harness.ts';

let api: FakeApi;
let queryClient: QueryClient;
let reply: Reply;
const { version, updatedAt: _updatedAt, ...body } = DEFAULT_RATING_SCALE;
const withoutDisputed = { ...body, verdicts: body.verdicts.filter((v) => v.key !== 'disputed') };

beforeAll(englishReady);
beforeEach(async () => {
  queryClient = testQueryClient();
  queryClient.setQueryData(ratingScaleKeys.current(), DEFAULT_RATING_SCALE);
  queryClient.setQueryData(ratingScaleKeys.usage(), { counts: { disputed: 2 } });
  queryClient.setQueryData(claimKeys.byArticle('article-1'), []);
  queryClient.setQueryData(articleKeys.lists(), []);
  api = await startApi(() => reply);
});
afterEach(() => api.close());

describe('useUpdateRatingScale', () => {
  it('sends the scale with its version and moves, caches the answer and marks the claims, articles and usage stale', async () => {
    const saved: RatingScale = { ...DEFAULT_RATING_SCALE, ...withoutDisputed, version: 2, updatedAt: '2026-12-06T20:00:00.000Z' };
    reply = { status: 200, body: saved };
    const { result } = renderHook(() => useUpdateRatingScale(), queryClient);
    await result.current.mutateAsync({ ...withoutDisputed, version, moves: { disputed: 'corroborated' } });
    expect(api.calls[0]).toEqual({ method: 'PUT', path: '/rating-scale', body: { ...withoutDisputed, version: 1, moves: { disputed: 'corroborated' } } });
    expect(queryClient.getQueryData<RatingScale>(ratingScaleKeys.current())?.version).toBe(2);
    for (const key of [ratingScaleKeys.usage(), claimKeys.byArticle('article-1'), articleKeys.lists()]) {
      expect(queryClient.getQueryState(key)?.isInvalidated, JSON.stringify(key)).toBe(true);
    }
  });

  it('leaves the cache alone on a refusal and keeps the field it names', async () => {
    reply = { status: 409, body: { error: { code: 'verdict_in_use', message: '2 claims use "disputed".', field: 'moves.disputed' } } };
    const { result } = renderHook(() => useUpdateRatingScale(), queryClient);
    const error = await result.current.mutateAsync({ ...withoutDisputed, version }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).field).toBe('moves.disputed');
    expect(queryClient.getQueryData<RatingScale>(ratingScaleKeys.current())).toBe(DEFAULT_RATING_SCALE);
    expect(queryClient.getQueryState(claimKeys.byArticle('article-1'))?.isInvalidated).toBe(false);
  });
});
