// The queue's counts: how many claims the filters let through, and how many await review, were approved or returned.
import { REVIEW_STATES } from '../../../../../domain/schemas.ts';
import type { ClaimsSummary } from '../api/get-claims-summary.ts';
import { REVIEW_LABELS } from '../review-states.ts';

export function QueueCounts({ summary }: { summary: ClaimsSummary | undefined }) {
  return (
    <section className="queue-counts" aria-labelledby="queue-counts-heading">
      <h2 id="queue-counts-heading">In this view</h2>
      <dl>
        <div>
          <dt>Claims</dt>
          <dd>{summary?.total ?? '…'}</dd>
        </div>
        {REVIEW_STATES.map((state) => (
          <div key={state} className={`review-${state}`}>
            <dt>{REVIEW_LABELS[state]}</dt>
            <dd>{summary?.byReview[state] ?? '…'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
