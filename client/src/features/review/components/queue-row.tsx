// One claim in the review queue, with the editor's actions: approve, return with a comment, change the verdict.
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, Claim, Source, Verdict } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { VerdictButtons } from '../../claims/components/verdict-buttons.tsx';
import { ClaimSummary } from './claim-summary.tsx';
import { ReturnForm } from './return-form.tsx';

export const queueRowId = (claimId: string) => `queue-row-${claimId}`;

interface QueueRowProps {
  claim: Claim;
  article: ArticleSummary | undefined;
  source: Source | undefined;
  active: boolean;
  busy: boolean;
  onApprove: (claim: Claim) => void;
  onReturn: (claim: Claim, comment: string) => void;
  onVerdict: (claim: Claim, verdict: Verdict) => void;
}

export function QueueRow({ claim, article, source, active, busy, onApprove, onReturn, onVerdict }: QueueRowProps) {
  const { t } = useTranslation('review');
  const returning = useUiStore((s) => s.returnDraft?.claimId === claim.id);
  const error = useUiStore((s) => s.queueErrors[claim.id]);
  const queueRowActivated = useUiStore((s) => s.queueRowActivated);
  const returnStarted = useUiStore((s) => s.returnStarted);
  const id = queueRowId(claim.id);
  return (
    <li
      id={id}
      tabIndex={-1}
      className={`queue-row review-${claim.review.state}`}
      aria-labelledby={`${id}-quote`}
      aria-current={active ? 'true' : undefined}
      onFocus={() => !active && queueRowActivated(claim.id)}
      onClick={() => !active && queueRowActivated(claim.id)}
    >
      <ClaimSummary claim={claim} article={article} source={source} headingId={`${id}-quote`} />
      {error && (
        <p className="queue-error" role="alert">
          {error}
        </p>
      )}
      <div className="queue-actions">
        <button type="button" className="primary" aria-keyshortcuts="a" disabled={busy} onClick={() => onApprove(claim)}>
          {t('queue.approve')}
        </button>
        <button type="button" aria-keyshortcuts="r" aria-expanded={returning} disabled={busy} onClick={() => returnStarted(claim.id)}>
          {t('queue.return')}
        </button>
        <VerdictButtons value={claim.verdict} onChange={(verdict) => verdict !== claim.verdict && onVerdict(claim, verdict)} />
      </div>
      {returning && <ReturnForm claimId={claim.id} busy={busy} onSend={(comment) => onReturn(claim, comment)} />}
    </li>
  );
}
