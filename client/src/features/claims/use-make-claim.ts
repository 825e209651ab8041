// Turns the draft span into a claim attributed to the chosen source; used by the Make claim button and by keys.
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overlappedClaims } from '@domain/claim-overlaps.ts';
import { sourceName } from '@domain/locales.ts';
import type { ArticleDetail, Claim } from '@domain/schemas.ts';
import { errorText } from '../../i18n/error-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useSources } from '../../lib/queries/get-sources.ts';
import { useCreateClaim } from './api/create-claim.ts';
import { claimKeys } from '../../lib/queries/claim-keys.ts';

export const DRAFT_SOURCE_INPUT_ID = 'draft-source';

/**
 * The one-key "make claim" (m, or Enter on the sentence already picked): it never saves with a source the user has
 * not seen (issue 17, item 5). It takes the user to the new claim's source, preselected and shown, where Enter
 * confirms it and makes the claim, or typing picks another.
 */
export function confirmDraftSource(): void {
  if (!useUiStore.getState().draft) return;
  const input = document.getElementById(DRAFT_SOURCE_INPUT_ID);
  if (!(input instanceof HTMLInputElement)) return;
  input.focus();
  input.select();
}

export function useMakeClaim(article: ArticleDetail) {
  const { t } = useTranslation(['claims', 'common']);
  const { t: tError } = useTranslation('errors');
  const create = useCreateClaim();
  const queryClient = useQueryClient();
  const sources = useSources().data;
  const { language } = useFormat();
  return useCallback(() => {
    const { draft, draftSourceId, draftFailed } = useUiStore.getState();
    if (!draft || create.isPending) return;
    if (!draftSourceId) {
      draftFailed(t('newClaim.noSource'));
      document.getElementById(DRAFT_SOURCE_INPUT_ID)?.focus();
      return;
    }
    const body = { start: draft.start, end: draft.end, exact: article.text.slice(draft.start, draft.end), sourceId: draftSourceId };
    const nameOf = (id: string) => {
      const source = sources?.find((s) => s.id === id);
      return source ? sourceName(source, language) : t('common:unknownSource');
    };
    // Overlapping claims are allowed, but never made silently: say which claims this one overlaps.
    const existing = queryClient.getQueryData<Claim[]>(claimKeys.byArticle(article.id)) ?? [];
    const overlaps = overlappedClaims(existing, draft).map(({ claim, number }) =>
      t('newClaim.overlapped', { number, source: nameOf(claim.sourceId) }),
    );
    create.mutateAsync({ articleId: article.id, body }).then(
      (claim) => {
        const ui = useUiStore.getState();
        ui.announced(t('common:announce.claimMade', { source: nameOf(claim.sourceId) }));
        if (overlaps.length > 0) ui.toastShown(t('newClaim.overlaps', { claims: overlaps.join(t('newClaim.overlapSeparator')) }));
        // Keyboard users keep their place: if focus was on the new claim's form (its source, confirmed with Enter),
        // which goes away now, or already gone, return to the text.
        const focus = document.activeElement;
        const formGoes = !focus || focus === document.body || focus.closest('.new-claim') !== null;
        ui.draftDiscarded();
        ui.claimSelected(claim.id);
        window.getSelection()?.removeAllRanges();
        if (formGoes) {
          document.querySelector<HTMLElement>(`[data-sentence="${ui.focusedSentence}"]`)?.focus();
        }
      },
      (error: unknown) => useUiStore.getState().draftFailed(t('newClaim.failed', { reason: errorText(tError, error) })),
    );
  }, [article, create, t, tError, queryClient, sources, language]);
}
