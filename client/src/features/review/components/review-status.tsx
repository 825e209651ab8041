// A claim's review: awaiting (after a withdrawn approval, who withdrew it and why), approved by whom and when, or
// returned by whom with the editor's comment, as a badge that stays until the claim is changed.
import '../review.css';
import { Trans, useTranslation } from 'react-i18next';
import type { Claim } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { usePersonName } from '../../../lib/queries/get-people.ts';

export function ReviewStatus({ claim }: { claim: Claim }) {
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
  const personName = usePersonName();
  const { state, comment, decidedBy, decidedAt } = claim.review;
  const tag = <span className={`review-tag review-${state}`} />;
  // A pending review that an editor decided is a withdrawn approval (server/services/reviews.ts withdrawApproval).
  const withdrawn = state === 'pending' && decidedBy !== null;
  return (
    <div className={`review-status review-${state}`}>
      <p>
        {state === 'pending' && !withdrawn ? (
          <span className={`review-tag review-${state}`}>{t('common:reviewState.pending')}</span>
        ) : (
          <Trans
            t={t}
            i18nKey={`status.${withdrawn || state === 'pending' ? 'withdrawn' : state}${decidedAt ? 'ByAt' : 'By'}` as const}
            values={{ name: personName(decidedBy), date: decidedAt && format.dateTime(decidedAt) }}
            components={{ tag, by: <span className="review-by" />, name: <bdi />, time: <time dateTime={decidedAt ?? undefined} /> }}
          />
        )}
      </p>
      {comment && (
        <blockquote className="review-comment" dir="auto" aria-label={state === 'returned' ? t('status.editorComment') : withdrawn ? t('status.withdrawReason') : t('status.comment')}>
          {comment}
        </blockquote>
      )}
    </div>
  );
}
