// Accept one, reject one, accept all: shared by the buttons and the keys, with focus kept on the next suggestion.
import { useCallback } from 'react';
import type { Suggestion } from '../../../../domain/schemas.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useAcceptSuggestions } from './api/accept-suggestions.ts';
import { useRejectSuggestions } from './api/reject-suggestions.ts';
import { SUGGESTION_SOURCE_INPUT_ID, focusPast } from './suggestion-focus.ts';

/** The source a suggestion will be attributed to: the suggested one, else the one the user picked. */
export function sourceFor(suggestion: Suggestion): string | null {
  return suggestion.sourceId ?? useUiStore.getState().suggestionSources[suggestion.key] ?? null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function useSuggestionActions(articleId: string, suggestions: readonly Suggestion[]) {
  const accept = useAcceptSuggestions();
  const reject = useRejectSuggestions();

  const acceptOne = useCallback(
    (suggestion: Suggestion) => {
      const sourceId = sourceFor(suggestion);
      const ui = useUiStore.getState();
      if (!sourceId) {
        ui.suggestionFocused(suggestion.key);
        ui.suggestionFailed(suggestion.key, 'No speaker was found: choose who said it, then accept.');
        // The combobox appears with the suggestion made current; focus it once it is drawn.
        requestAnimationFrame(() => document.getElementById(SUGGESTION_SOURCE_INPUT_ID)?.focus());
        return;
      }
      focusPast(suggestions, suggestion);
      accept.mutateAsync({ articleId, suggestions: [{ ...suggestion, sourceId }] }).then(
        ([claim]) => {
          if (claim) useUiStore.getState().claimSelected(claim.id);
        },
        (error: unknown) =>
          useUiStore.getState().toastShown(`The suggestion was not accepted: ${errorMessage(error)}`, 'error'),
      );
    },
    [accept, articleId, suggestions],
  );

  const rejectOne = useCallback(
    (suggestion: Suggestion) => {
      focusPast(suggestions, suggestion);
      reject.mutateAsync({ articleId, suggestions: [suggestion] }).catch((error: unknown) =>
        useUiStore.getState().toastShown(`The suggestion was not rejected: ${errorMessage(error)}`, 'error'),
      );
    },
    [reject, articleId, suggestions],
  );

  const acceptAll = useCallback(() => {
    const ready = suggestions.flatMap((s) => {
      const sourceId = sourceFor(s);
      return sourceId ? [{ ...s, sourceId }] : [];
    });
    const waiting = suggestions.length - ready.length;
    const ui = useUiStore.getState();
    if (ready.length === 0) {
      ui.toastShown(`No suggestion has a speaker yet: choose a source for ${waiting === 1 ? 'it' : 'each'} first.`, 'error');
      return;
    }
    accept.mutateAsync({ articleId, suggestions: ready }).then(
      (claims) =>
        useUiStore
          .getState()
          .toastShown(
            `Accepted ${plural(claims.length, 'suggestion')} as claims` +
              (waiting > 0 ? `; ${plural(waiting, 'suggestion')} without a speaker left to check` : ''),
          ),
      (error: unknown) => useUiStore.getState().toastShown(`The suggestions were not accepted: ${errorMessage(error)}`, 'error'),
    );
  }, [accept, articleId, suggestions]);

  return { acceptOne, rejectOne, acceptAll, accepting: accept.isPending };
}
