// The reason an editor gives for taking an approval back; required, since the fact-checker reads it.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../domain/limits.ts';

export const withdrawReasonId = (claimId: string) => `withdraw-reason-${claimId}`;

interface WithdrawFormProps {
  claimId: string;
  busy: boolean;
  onSend: (reason: string) => void;
  onCancel: () => void;
}

export function WithdrawForm({ claimId, busy, onSend, onCancel }: WithdrawFormProps) {
  const { t } = useTranslation(['review', 'common']);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = withdrawReasonId(claimId);
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      document.getElementById(id)?.focus();
      return;
    }
    setMissing(false);
    onSend(reason);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };
  return (
    <form className="return-form withdraw-form" onSubmit={send} onKeyDown={onKeyDown} noValidate>
      <label htmlFor={id}>{t('withdraw.label')}</label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        autoFocus
        maxLength={LIMITS.reviewComment}
        value={reason}
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-error` : `${id}-hint`}
        onChange={(e) => setReason(e.target.value)}
      />
      {missing ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {t('withdraw.required')}
        </p>
      ) : (
        <p id={`${id}-hint`} className="hint">
          {t('return.hint')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('withdraw.send')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
