// Page-wide keys for suggestions: s / Shift+S reach the next or previous one from anywhere in the workbench.
// The keys that act on a focused suggestion (a, r, arrows) live on the suggestion itself (suggestion-item.tsx).
import { useEffect } from 'react';
import type { Suggestion } from '@domain/schemas.ts';
import { isTyping } from '../../lib/keyboard.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { focusSuggestion, neighbour } from './suggestion-focus.ts';

export function useSuggestionKeys(suggestions: readonly Suggestion[]) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key !== 's' && event.key !== 'S') return;
      const current = useUiStore.getState().focusedSuggestionKey;
      const focusedOne = Boolean(document.activeElement?.closest('[data-suggestion-key]'));
      // From outside the list, `s` returns to the current suggestion; inside it, it moves on.
      const target =
        !focusedOne && !event.shiftKey && suggestions.some((s) => s.key === current)
          ? suggestions.find((s) => s.key === current)
          : neighbour(suggestions, current, event.shiftKey ? -1 : 1);
      if (!target) return;
      event.preventDefault();
      focusSuggestion(target);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [suggestions]);
}
