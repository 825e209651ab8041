// Turns the draft span into a claim attributed to the chosen source; used by the Make claim button and by keys.
import { useCallback } from 'react';
import type { ArticleDetail } from '../../../../domain/schemas.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useCreateClaim } from './api/create-claim.ts';

export const DRAFT_SOURCE_INPUT_ID = 'draft-source';

export function useMakeClaim(article: ArticleDetail) {
  const create = useCreateClaim();
  return useCallback(() => {
    const { draft, draftSourceId, draftFailed } = useUiStore.getState();
    if (!draft || create.isPending) return;
    if (!draftSourceId) {
      draftFailed('Choose who made this claim: pick a source first.');
      document.getElementById(DRAFT_SOURCE_INPUT_ID)?.focus();
      return;
    }
    const body = { start: draft.start, end: draft.end, exact: article.text.slice(draft.start, draft.end), sourceId: draftSourceId };
    create.mutateAsync({ articleId: article.id, body }).then(
      (claim) => {
        const ui = useUiStore.getState();
        ui.draftDiscarded();
        ui.claimSelected(claim.id);
        window.getSelection()?.removeAllRanges();
        // Keyboard users keep their place: if the button that had focus went away, return to the text.
        if (document.activeElement === document.body || !document.activeElement) {
          document.querySelector<HTMLElement>(`[data-sentence="${ui.focusedSentence}"]`)?.focus();
        }
      },
      (error: unknown) => useUiStore.getState().draftFailed(`The claim was not made: ${errorMessage(error)}`),
    );
  }, [article, create]);
}
