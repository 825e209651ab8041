// The queue's counts: how many claims the filters let through, and how many await review, were approved or returned.
import { useTranslation } from 'react-i18next';
import { REVIEW_STATES } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ClaimsSummary } from '../api/get-claims-summary.ts';

export function QueueCounts({ summary }: { summary: ClaimsSummary | undefined }) {
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
  const count = (n: number | undefined) => (n === undefined ? t('counts.unknown') : format.number(n));
  return (
    <section className="queue-counts" aria-labelledby="queue-counts-heading">
      <h2 id="queue-counts-heading">{t('counts.heading')}</h2>
      <dl>
        <div>
          <dt>{t('counts.claims')}</dt>
          <dd>{count(summary?.total)}</dd>
        </div>
        {REVIEW_STATES.map((state) => (
          <div key={state} className={`review-${state}`}>
            <dt>{t(`common:reviewState.${state}`)}</dt>
            <dd>{count(summary?.byReview[state])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
