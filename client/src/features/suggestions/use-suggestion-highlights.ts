// Paints the open suggestions in the text with the CSS Custom Highlight API, beneath the claims: a muted dashed
// underline that never wraps or splits a word, so Arabic letters keep joining (see STYLE.md).
import { useEffect, type RefObject } from 'react';
import type { ArticleDetail } from '@domain/schemas.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { indexPieces, rangeFromOffsets } from '../../lib/dom-offsets.ts';
import { useSuggestions } from './api/get-suggestions.ts';

export const SUGGESTION_HIGHLIGHTS = ['suggestion', 'suggestion-focused'] as const;

export function useSuggestionHighlights(rootRef: RefObject<HTMLElement | null>, article: ArticleDetail) {
  const { data: suggestions } = useSuggestions(article.id);
  const focusedKey = useUiStore((s) => s.focusedSuggestionKey);
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !suggestions || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pieces = indexPieces(root);
    const [all, focused] = [new Highlight(), new Highlight()];
    for (const suggestion of suggestions) {
      const range = rangeFromOffsets(pieces, suggestion);
      if (!range) continue;
      all.add(range);
      if (suggestion.key === focusedKey) focused.add(range);
    }
    // Below every claim highlight (priorities 0 and up): a claim over a suggestion shows as the claim.
    all.priority = -2;
    focused.priority = -1;
    CSS.highlights.set('suggestion', all);
    CSS.highlights.set('suggestion-focused', focused);
    return () => SUGGESTION_HIGHLIGHTS.forEach((name) => CSS.highlights.delete(name));
  }, [rootRef, article, suggestions, focusedKey]);
}

/** The highlights as an element the article text renders among its overlays (it paints, and renders nothing). */
export function SuggestionHighlights({ rootRef, article }: { rootRef: RefObject<HTMLElement | null>; article: ArticleDetail }) {
  useSuggestionHighlights(rootRef, article);
  return null;
}
