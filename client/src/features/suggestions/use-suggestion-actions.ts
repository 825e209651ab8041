// Accept one, reject one, accept all: shared by the buttons and the keys, with focus kept on the next suggestion.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '@domain/schemas.ts';
import { errorText } from '../../i18n/error-text.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useAcceptSuggestions } from './api/accept-suggestions.ts';
import { useRejectSuggestions } from './api/reject-suggestions.ts';
import { SUGGESTION_SOURCE_INPUT_ID, focusPast } from './suggestion-focus.ts';

/** The source a suggestion will be attributed to: the suggested one, else the one the user picked. */
export function sourceFor(suggestion: Suggestion): string | null {
  return suggestion.sourceId ?? useUiStore.getState().suggestionSources[suggestion.key] ?? null;
}

export function useSuggestionActions(articleId: string, suggestions: readonly Suggestion[]) {
  const { t } = useTranslation('suggestions');
  // errorText with a t that keeps its identity between renders, so the callbacks below keep theirs.
  const { t: errorsT } = useTranslation('errors');
  const accept = useAcceptSuggestions();
  const reject = useRejectSuggestions();

  const acceptOne = useCallback(
    (suggestion: Suggestion) => {
      const sourceId = sourceFor(suggestion);
      const ui = useUiStore.getState();
      if (!sourceId) {
        ui.suggestionFocused(suggestion.key);
        ui.suggestionFailed(suggestion.key, t('actions.noSpeaker'));
        // The combobox appears with the suggestion made current; focus it once it is drawn.
        requestAnimationFrame(() => document.getElementById(SUGGESTION_SOURCE_INPUT_ID)?.focus());
        return;
      }
      focusPast(suggestions, suggestion);
      accept.mutateAsync({ articleId, suggestions: [{ ...suggestion, sourceId }] }).then(
        ([claim]) => {
          if (claim) useUiStore.getState().claimSelected(claim.id);
        },
        (error: unknown) => useUiStore.getState().toastShown(t('actions.notAccepted', { message: errorText(errorsT, error) }), 'error'),
      );
    },
    [accept, articleId, suggestions, t, errorsT],
  );

  const rejectOne = useCallback(
    (suggestion: Suggestion) => {
      focusPast(suggestions, suggestion);
      reject.mutateAsync({ articleId, suggestions: [suggestion] }).catch((error: unknown) =>
        useUiStore.getState().toastShown(t('actions.notRejected', { message: errorText(errorsT, error) }), 'error'),
      );
    },
    [reject, articleId, suggestions, t, errorsT],
  );

  const acceptAll = useCallback(() => {
    const ready = suggestions.flatMap((s) => {
      const sourceId = sourceFor(s);
      return sourceId ? [{ ...s, sourceId }] : [];
    });
    const waiting = suggestions.length - ready.length;
    const ui = useUiStore.getState();
    if (ready.length === 0) {
      ui.toastShown(t('actions.noneReady', { count: waiting }), 'error');
      return;
    }
    accept.mutateAsync({ articleId, suggestions: ready }).then(
      // One step to undo, with the toast's Undo button or Ctrl+Z: it deletes every claim this made.
      (claims) =>
        useUiStore
          .getState()
          .undoRecorded(
            { kind: 'claims-accepted', articleId, claims },
            waiting > 0
              ? t('actions.acceptedSomeWaiting', { count: claims.length, waiting })
              : t('actions.accepted', { count: claims.length }),
          ),
      (error: unknown) => useUiStore.getState().toastShown(t('actions.allNotAccepted', { message: errorText(errorsT, error) }), 'error'),
    );
  }, [accept, articleId, suggestions, t, errorsT]);

  return { acceptOne, rejectOne, acceptAll, accepting: accept.isPending };
}
