// Moving the keyboard between suggestions in the panel; each suggestion is one focusable group.
import type { Suggestion } from '@domain/schemas.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { elementAt } from '../../lib/dom-offsets.ts';

export const SUGGESTION_SOURCE_INPUT_ID = 'suggestion-source';

/** Brings the part of the text that holds `offset` into view, unless it is already on screen. */
function showInText(offset: number) {
  const root = document.querySelector<HTMLElement>('[role="article"]');
  const element = root && elementAt(root, offset);
  if (!element) return;
  const { top, bottom } = element.getBoundingClientRect();
  if (top < 0 || bottom > window.innerHeight) element.scrollIntoView({ block: 'center' });
}

/** Focuses `suggestion` in the panel (and makes it current), with its span in view; false when it is not drawn. */
export function focusSuggestion(suggestion: Suggestion): boolean {
  const element = document.querySelector<HTMLElement>(`[data-suggestion-key="${CSS.escape(suggestion.key)}"]`);
  if (!element) return false;
  useUiStore.getState().suggestionFocused(suggestion.key);
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest' });
  showInText(suggestion.start);
  return true;
}

/** The suggestion `step` places after the current one (wrapping), or the first when none is current. */
export function neighbour(suggestions: readonly Suggestion[], currentKey: string | null, step: 1 | -1): Suggestion | undefined {
  const index = suggestions.findIndex((s) => s.key === currentKey);
  if (index < 0) return step === 1 ? suggestions[0] : suggestions.at(-1);
  return suggestions[(index + step + suggestions.length) % suggestions.length];
}

/**
 * Before `leaving` disappears from the list (accepted or rejected), moves focus to the suggestion after it (or before
 * it, at the end), so the next key acts on the next suggestion; with none left, back to the leaving one's sentence.
 */
export function focusPast(suggestions: readonly Suggestion[], leaving: Suggestion) {
  const index = suggestions.findIndex((s) => s.key === leaving.key);
  const next = suggestions[index + 1] ?? suggestions[index - 1];
  if (next && next.key !== leaving.key && focusSuggestion(next)) return;
  useUiStore.getState().suggestionFocused(null);
  document.querySelector<HTMLElement>(`[data-sentence="${leaving.reason.sentenceIndex}"]`)?.focus();
}
