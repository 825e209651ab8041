// @vitest-environment jsdom
// The suggestion panel lists the surest suggestions first (issue 17, item 4), whatever order the server sent.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../domain/schemas.ts';
import { claimKeys } from '../../../client/src/lib/queries/claim-keys.ts';
import { suggestionKeys } from '../../../client/src/lib/queries/suggestion-keys.ts';
import { useSuggestions } from '../../../client/src/features/suggestions/api/get-suggestions.ts';
import { buildClaim, englishReady, renderHook, testQueryClient } from '../harness.ts';

const ARTICLE = 'article-1';
const suggestion = (key: string, start: number, score?: number): Suggestion => ({
  key,
  start,
  end: start + 5,
  exact: 'words',
  sourceId: null,
  reason: { kind: 'quote', verb: null, alias: null, sentenceIndex: 0 },
  ...(score === undefined ? {} : { score }),
});

beforeAll(englishReady);

describe('useSuggestions', () => {
  it('sorts by score, highest first, text order among equals, and drops those a claim covers', () => {
    const queryClient = testQueryClient();
    queryClient.setQueryData(suggestionKeys.byArticle(ARTICLE), [
      suggestion('low', 0, 0.4),
      suggestion('covered', 10, 1),
      suggestion('high-later', 30, 0.9),
      suggestion('high-first', 20, 0.9),
      suggestion('top', 40, 1),
    ]);
    queryClient.setQueryData(claimKeys.byArticle(ARTICLE), [buildClaim({ id: 'c', start: 10, end: 15 })]);
    const { result } = renderHook(() => useSuggestions(ARTICLE), queryClient);
    expect(result.current.data?.map((s) => s.key)).toEqual(['top', 'high-first', 'high-later', 'low']);
  });
});
