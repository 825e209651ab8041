// PATCH /api/claims/:id: optimistic edit with rollback; writes run one at a time so each names the version it read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UpdateClaimBody } from '@domain/requests.ts';
import type { Claim } from '@domain/schemas.ts';
import { errorText } from '../../../i18n/error-text.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { findCachedClaim, invalidateAfterClaimChange, updateCachedClaims, updateClaim } from '../../../lib/queries/get-claims.ts';

export type ClaimChanges = Omit<UpdateClaimBody, 'version'>;

export interface UpdateClaimInput {
  articleId: string;
  claimId: string;
  changes: ClaimChanges;
}

function pick(claim: Claim, changes: ClaimChanges): Partial<Claim> {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, claim[key as keyof Claim]]));
}

export function useUpdateClaim() {
  const queryClient = useQueryClient();
  const { t } = useTranslation('common');
  const { t: tError } = useTranslation('errors');
  return useMutation({
    mutationKey: [...claimKeys.mutations(), 'update'],
    // One scope: a second edit waits for the first, then reads the version the first one produced.
    scope: { id: 'claim-writes' },
    mutationFn: ({ articleId, claimId, changes }: UpdateClaimInput) => {
      const base = findCachedClaim(queryClient, articleId, claimId);
      if (!base) throw new ApiError(404, 'not_found', 'This claim no longer exists.', undefined, undefined, { kind: 'claim' });
      return updateClaim(claimId, { ...changes, version: base.version });
    },
    onMutate: async ({ articleId, claimId, changes }) => {
      useUiStore.getState().saveStarted(claimId);
      await queryClient.cancelQueries({ queryKey: claimKeys.byArticle(articleId) });
      const before = findCachedClaim(queryClient, articleId, claimId);
      updateCachedClaims(queryClient, articleId, (claims) =>
        claims.map((c) => (c.id === claimId ? { ...c, ...(changes as Partial<Claim>) } : c)),
      );
      return { previous: before ? pick(before, changes) : undefined };
    },
    onError: (error, { articleId, claimId, changes }, context) => {
      const ui = useUiStore.getState();
      ui.announced(t('announce.saveFailed', { reason: errorText(tError, error) }));
      if (error instanceof ApiError && error.status === 409 && error.current) {
        // Someone else saved first: show their claim, keep ours aside, and let the user choose.
        const theirs = error.current;
        updateCachedClaims(queryClient, articleId, (claims) => claims.map((c) => (c.id === claimId ? theirs : c)));
        ui.conflictDetected(claimId, { mine: changes, theirs });
        ui.saveFailed(claimId, error, changes);
        return;
      }
      if (context?.previous) {
        const previous = context.previous;
        updateCachedClaims(queryClient, articleId, (claims) =>
          claims.map((c) => (c.id === claimId ? { ...c, ...previous } : c)),
        );
      }
      ui.saveFailed(claimId, error, changes);
    },
    onSuccess: (saved, { articleId, claimId, changes }) => {
      // Keep optimistic values of later edits still queued; take the server's word for this edit's fields.
      updateCachedClaims(queryClient, articleId, (claims) =>
        claims.map((c) =>
          c.id === claimId
            ? { ...c, ...pick(saved, changes), version: saved.version, updatedAt: saved.updatedAt, quote: saved.quote }
            : c,
        ),
      );
      const ui = useUiStore.getState();
      ui.saveSucceeded(claimId);
      ui.announced(t('announce.saved'));
      if (changes.note !== undefined) ui.noteSaved(claimId, changes.note);
    },
    onSettled: () => invalidateAfterClaimChange(queryClient),
  });
}
