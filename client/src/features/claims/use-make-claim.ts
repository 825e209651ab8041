// Turns the draft span into a claim attributed to the chosen source; used by the Make claim button and by keys.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail } from '../../../../domain/schemas.ts';
import { errorText } from '../../i18n/error-text.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useCreateClaim } from './api/create-claim.ts';

export const DRAFT_SOURCE_INPUT_ID = 'draft-source';

export function useMakeClaim(article: ArticleDetail) {
  const { t } = useTranslation('claims');
  const { t: tError } = useTranslation('errors');
  const create = useCreateClaim();
  return useCallback(() => {
    const { draft, draftSourceId, draftFailed } = useUiStore.getState();
    if (!draft || create.isPending) return;
    if (!draftSourceId) {
      draftFailed(t('newClaim.noSource'));
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
      (error: unknown) => useUiStore.getState().draftFailed(t('newClaim.failed', { reason: errorText(tError, error) })),
    );
  }, [article, create, t, tError]);
}
