// The claim actions shared by buttons and keys: set a verdict, delete, undo (each undoable step is recorded).
import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Claim, Verdict } from '@domain/schemas.ts';
import { verdictLabel } from '@domain/rating-scale.ts';
import { errorText } from '../../i18n/error-text.ts';
import { useFormat } from '../../i18n/format.ts';
import { useRatingScale } from '../../lib/queries/get-rating-scale.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { useDeleteClaim } from './api/delete-claim.ts';
import { findCachedClaim } from '../../lib/queries/get-claims.ts';
import { useRestoreClaim } from './api/restore-claim.ts';
import { useUpdateClaim } from './api/update-claim.ts';
import { suggestionKeys } from '../../lib/queries/suggestion-keys.ts';

/** Deletes still on their way to the server: an undo pressed meanwhile waits for its delete before restoring. */
const pendingDeletes = new Map<string, Promise<unknown>>();

export function useClaimActions() {
  // `t` keeps its identity until the language changes, so the actions stay stable for the page's key handler.
  const { t } = useTranslation('claims');
  const { t: tError } = useTranslation('errors');
  const queryClient = useQueryClient();
  const scale = useRatingScale();
  const { language } = useFormat();
  const update = useUpdateClaim();
  const remove = useDeleteClaim();
  const restore = useRestoreClaim();

  const setVerdict = useCallback(
    (claim: Claim, verdict: Verdict) => {
      if (claim.verdict === verdict) return;
      useUiStore
        .getState()
        .undoRecorded(
          { kind: 'verdict-changed', claimId: claim.id, articleId: claim.articleId, previous: claim.verdict },
          t('undo.marked', { verdict: verdictLabel(scale, verdict, language) }),
        );
      update.mutate({ articleId: claim.articleId, claimId: claim.id, changes: { verdict } });
    },
    [update, t, scale, language],
  );

  const deleteClaim = useCallback(
    (claim: Claim) => {
      const ui = useUiStore.getState();
      if (ui.activeClaimId === claim.id) ui.claimSelected(null);
      // Recorded at once, so an undo pressed before the server answers undoes this delete, not an older step.
      const entry = { kind: 'claim-deleted' as const, claim };
      ui.undoRecorded(entry, t('undo.deleted'));
      const pending = remove.mutateAsync(claim).then(
        () => undefined,
        (error: unknown) => {
          useUiStore.getState().undoDropped(entry);
          useUiStore.getState().toastShown(t('undo.notDeleted', { reason: errorText(tError, error) }), 'error');
          throw error;
        },
      );
      pendingDeletes.set(claim.id, pending);
      void pending.catch(() => undefined).finally(() => pendingDeletes.delete(claim.id));
    },
    [remove, t, tError],
  );

  const undo = useCallback(() => {
    const entry = useUiStore.getState().undoTaken();
    if (!entry) return;
    if (entry.kind === 'claims-accepted') {
      const ui = useUiStore.getState();
      if (entry.claims.some((c) => c.id === ui.activeClaimId)) ui.claimSelected(null);
      // The deletes queue one after another (one write scope); the suggestions come back once all are done.
      Promise.all(entry.claims.map((claim) => remove.mutateAsync(claim))).then(
        () => {
          useUiStore.getState().toastShown(t('undo.acceptedRemoved', { count: entry.claims.length }));
          void queryClient.invalidateQueries({ queryKey: suggestionKeys.byArticle(entry.articleId) });
        },
        (error: unknown) =>
          useUiStore.getState().toastShown(t('undo.acceptedNotRemoved', { reason: errorText(tError, error) }), 'error'),
      );
      return;
    }
    if (entry.kind === 'claim-deleted') {
      // The claim comes back with its id, so its history and review stay with it.
      const deleted = pendingDeletes.get(entry.claim.id) ?? Promise.resolve();
      deleted.then(() => restore.mutateAsync(entry.claim.id)).then(
        (restored) => {
          useUiStore.getState().claimSelected(restored.id);
          useUiStore.getState().toastShown(t('undo.restored'));
        },
        (error: unknown) =>
          useUiStore.getState().toastShown(t('undo.notRestored', { reason: errorText(tError, error) }), 'error'),
      );
      return;
    }
    const current = findCachedClaim(queryClient, entry.articleId, entry.claimId);
    if (!current) return;
    update.mutate({ articleId: entry.articleId, claimId: entry.claimId, changes: { verdict: entry.previous } });
    useUiStore.getState().toastShown(t('undo.verdictBack', { verdict: verdictLabel(scale, entry.previous, language) }));
  }, [restore, update, remove, queryClient, t, tError, scale, language]);

  return { setVerdict, deleteClaim, undo };
}
