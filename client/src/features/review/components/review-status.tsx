// A claim's review: awaiting, approved by whom, or returned by whom with the editor's comment.
import '../review.css';
import type { Claim } from '../../../../../domain/schemas.ts';
import { usePersonName } from '../../people/api/get-people.ts';
import { REVIEW_LABELS } from '../review-states.ts';

const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ReviewStatus({ claim }: { claim: Claim }) {
  const personName = usePersonName();
  const { state, comment, decidedBy, decidedAt } = claim.review;
  return (
    <div className={`review-status review-${state}`}>
      <p>
        <span className={`review-tag review-${state}`}>{REVIEW_LABELS[state]}</span>
        {state !== 'pending' && (
          <span className="review-by">
            {' '}
            by <bdi>{personName(decidedBy)}</bdi>
            {decidedAt && (
              <>
                {', '}
                <time dateTime={decidedAt}>{dates.format(new Date(decidedAt))}</time>
              </>
            )}
          </span>
        )}
      </p>
      {comment && (
        <blockquote className="review-comment" dir="auto" aria-label={state === 'returned' ? 'Editor’s comment' : 'Comment'}>
          {comment}
        </blockquote>
      )}
    </div>
  );
}
