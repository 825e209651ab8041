// After a decision or a verdict change from the queue: the server's claim goes into every cached list at once, then
// lists, counts and histories are read again.
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { DEFAULT_RATING_SCALE, verdictLabel, type RatingScale } from '@domain/rating-scale.ts';
import { uiLanguageOf, DEFAULT_UI_LANGUAGE } from '@domain/locales.ts';
import type { Claim, ClaimsPage } from '@domain/schemas.ts';
import { errorText } from '../../../i18n/error-text.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { ratingScaleKeys } from '../../../lib/queries/rating-scale-keys.ts';
import { replaceInPages } from './get-claim-pages.ts';

/** What an editor does to a row from the queue. */
export type QueueAction = 'approve' | 'return' | 'verdict' | 'withdraw';

/** The server's version of a claim, in every cached list and page at once. */
function putClaim(queryClient: QueryClient, claim: Claim) {
  queryClient.setQueriesData<Claim[]>({ queryKey: claimKeys.lists() }, (old) => old?.map((c) => (c.id === claim.id ? claim : c)));
  queryClient.setQueriesData<InfiniteData<ClaimsPage>>({ queryKey: claimKeys.pages() }, (old) => replaceInPages(old, claim));
}

export function claimSaved(queryClient: QueryClient, saved: Claim) {
  putClaim(queryClient, saved);
  useUiStore.getState().queueActionSucceeded(saved.id);
  return queryClient.invalidateQueries({ queryKey: claimKeys.all });
}

/** Records why a row's action failed, in the interface language; a 409 shows the newer claim and is never retried over it. */
export function claimActionFailed(queryClient: QueryClient, claimId: string, action: QueueAction, error: unknown) {
  if (error instanceof ApiError && error.status === 409 && error.current) {
    const theirs = error.current;
    useUiStore.getState().queueActionFailed(
      claimId,
      i18n.t(`review:failure.conflict.${action}`, {
        verdict: verdictLabel(
          queryClient.getQueryData<RatingScale>(ratingScaleKeys.current()) ?? DEFAULT_RATING_SCALE,
          theirs.verdict,
          uiLanguageOf(i18n.language) ?? DEFAULT_UI_LANGUAGE,
        ),
        version: theirs.version,
      }),
    );
    putClaim(queryClient, theirs);
    return queryClient.invalidateQueries({ queryKey: claimKeys.all });
  }
  const message = errorText(i18n.getFixedT(null, 'errors'), error);
  useUiStore.getState().queueActionFailed(claimId, i18n.t(`review:failure.failed.${action}`, { message }));
  return undefined;
}
