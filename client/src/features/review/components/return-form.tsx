// The comment an editor writes when sending a claim back; required, and kept while the editor moves around.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../domain/limits.ts';
import { useUiStore } from '../../../lib/ui-store.ts';

export const returnCommentId = (claimId: string) => `return-comment-${claimId}`;

export function ReturnForm({ claimId, busy, onSend }: { claimId: string; busy: boolean; onSend: (comment: string) => void }) {
  const { t } = useTranslation(['review', 'common']);
  const comment = useUiStore((s) => (s.returnDraft?.claimId === claimId ? s.returnDraft.comment : ''));
  const returnCommentEdited = useUiStore((s) => s.returnCommentEdited);
  const returnDropped = useUiStore((s) => s.returnDropped);
  const [missing, setMissing] = useState(false);
  const error = missing ? t('return.required') : null;
  const id = returnCommentId(claimId);
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (comment.trim() === '') {
      setMissing(true);
      document.getElementById(id)?.focus();
      return;
    }
    setMissing(false);
    onSend(comment);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      returnDropped();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };
  return (
    <form className="return-form" onSubmit={send} onKeyDown={onKeyDown} noValidate>
      <label htmlFor={id}>{t('return.label')}</label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        autoFocus
        maxLength={LIMITS.reviewComment}
        value={comment}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        onChange={(e) => returnCommentEdited(e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="hint">
          {t('return.hint')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('return.send')}
        </button>
        <button type="button" onClick={returnDropped}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
