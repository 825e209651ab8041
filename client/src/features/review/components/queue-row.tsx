// One claim in the review queue, with the editor's actions: approve (or, once approved, withdraw the approval with a
// reason), return with a comment, change the verdict.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary, Claim, Source, Verdict } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { VerdictButtons } from '../../../components/verdict-buttons.tsx';
import { ClaimSummary } from './claim-summary.tsx';
import { ReturnForm } from './return-form.tsx';
import { WithdrawForm } from './withdraw-form.tsx';

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
  onWithdraw: (claim: Claim, reason: string) => void;
}

export function QueueRow({ claim, article, source, active, busy, onApprove, onReturn, onVerdict, onWithdraw }: QueueRowProps) {
  const { t } = useTranslation('review');
  const returning = useUiStore((s) => s.returnDraft?.claimId === claim.id);
  const error = useUiStore((s) => s.queueErrors[claim.id]);
  const queueRowActivated = useUiStore((s) => s.queueRowActivated);
  const returnStarted = useUiStore((s) => s.returnStarted);
  // The version whose approval is being withdrawn: a newer version (the withdrawal done, or someone else's change) closes the form.
  const [withdrawingVersion, setWithdrawingVersion] = useState<number | null>(null);
  const approved = claim.review.state === 'approved';
  const withdrawing = approved && withdrawingVersion === claim.version;
  const id = queueRowId(claim.id);
  const withdrawButtonId = `${id}-withdraw`;
  const withdrawClosed = () => {
    setWithdrawingVersion(null);
    document.getElementById(withdrawButtonId)?.focus();
  };
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
        {approved ? (
          // The row already says who approved it and when (ReviewStatus); what is left is to take it back.
          <button type="button" id={withdrawButtonId} aria-expanded={withdrawing} disabled={busy} onClick={() => setWithdrawingVersion(claim.version)}>
            {t('withdraw.button')}
          </button>
        ) : (
          <button type="button" className="primary" aria-keyshortcuts="a" disabled={busy} onClick={() => onApprove(claim)}>
            {t('queue.approve')}
          </button>
        )}
        <button type="button" aria-keyshortcuts="r" aria-expanded={returning} disabled={busy} onClick={() => returnStarted(claim.id)}>
          {t('queue.return')}
        </button>
        <VerdictButtons value={claim.verdict} onChange={(verdict) => verdict !== claim.verdict && onVerdict(claim, verdict)} />
      </div>
      {returning && <ReturnForm claimId={claim.id} busy={busy} onSend={(comment) => onReturn(claim, comment)} />}
      {withdrawing && (
        <WithdrawForm claimId={claim.id} busy={busy} onCancel={withdrawClosed} onSend={(reason) => onWithdraw(claim, reason)} />
      )}
    </li>
  );
}
