// The reason an editor gives for taking an approval back; required, since the fact-checker reads it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from './reason-form.tsx';

export const withdrawReasonId = (claimId: string) => `withdraw-reason-${claimId}`;

interface WithdrawFormProps {
  claimId: string;
  busy: boolean;
  onSend: (reason: string) => void;
  onCancel: () => void;
}

export function WithdrawForm({ claimId, busy, onSend, onCancel }: WithdrawFormProps) {
  const { t } = useTranslation('review');
  const [reason, setReason] = useState('');
  return (
    <ReasonForm
      id={withdrawReasonId(claimId)}
      className="return-form withdraw-form"
      value={reason}
      onChange={setReason}
      words={{ label: t('withdraw.label'), required: t('withdraw.required'), hint: t('return.hint'), send: t('withdraw.send') }}
      busy={busy}
      onSend={onSend}
      onCancel={onCancel}
    />
  );
}
