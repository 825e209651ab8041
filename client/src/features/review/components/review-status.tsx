// A claim's review: awaiting, approved by whom, or returned by whom with the editor's comment.
import '../review.css';
import { Trans, useTranslation } from 'react-i18next';
import type { Claim } from '../../../../../domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { usePersonName } from '../../people/api/get-people.ts';

export function ReviewStatus({ claim }: { claim: Claim }) {
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
  const personName = usePersonName();
  const { state, comment, decidedBy, decidedAt } = claim.review;
  const tag = <span className={`review-tag review-${state}`} />;
  return (
    <div className={`review-status review-${state}`}>
      <p>
        {state === 'pending' ? (
          <span className={`review-tag review-${state}`}>{t('common:reviewState.pending')}</span>
        ) : (
          <Trans
            t={t}
            i18nKey={decidedAt ? `status.${state}ByAt` : `status.${state}By`}
            values={{ name: personName(decidedBy), date: decidedAt && format.dateTime(decidedAt) }}
            components={{ tag, by: <span className="review-by" />, name: <bdi />, time: <time dateTime={decidedAt ?? undefined} /> }}
          />
        )}
      </p>
      {comment && (
        <blockquote className="review-comment" dir="auto" aria-label={state === 'returned' ? t('status.editorComment') : t('status.comment')}>
          {comment}
        </blockquote>
      )}
    </div>
  );
}
