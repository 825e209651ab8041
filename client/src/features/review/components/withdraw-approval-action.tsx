// "Withdraw approval…" under an approved claim's status in the workbench (issue 16, item 4): the same action as the
// queue's, for an editor who finds the problem while reading the article. The app layer puts it in the claim panel.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '@domain/schemas.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useWithdrawApproval } from '../api/withdraw-approval.ts';
import { WithdrawForm } from './withdraw-form.tsx';

export function WithdrawApprovalAction({ claim }: { claim: Claim }) {
  const { t } = useTranslation('review');
  const can = useCan();
  const withdraw = useWithdrawApproval();
  const error = useUiStore((s) => s.queueErrors[claim.id]);
  // The version whose approval is being withdrawn: a newer one (the withdrawal done, another person's change) closes it.
  const [openFor, setOpenFor] = useState<number | null>(null);
  if (claim.review.state !== 'approved' || !can('claim.review')) return null;
  const open = openFor === claim.version;
  const buttonId = `workbench-withdraw-${claim.id}`;
  return (
    <div className="workbench-withdraw">
      <button type="button" id={buttonId} aria-expanded={open} disabled={withdraw.isPending} onClick={() => setOpenFor(claim.version)}>
        {t('withdraw.button')}
      </button>
      {open && (
        <WithdrawForm
          claimId={claim.id}
          busy={withdraw.isPending}
          onCancel={() => {
            setOpenFor(null);
            document.getElementById(buttonId)?.focus();
          }}
          onSend={(reason) => withdraw.mutate({ claim, reason })}
        />
      )}
      {error && (
        <p className="queue-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
