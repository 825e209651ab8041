// The comment an editor writes when sending a claim back; required, and kept while the editor moves around.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../../../domain/limits.ts';
import { useUiStore } from '../../../lib/ui-store.ts';

export const returnCommentId = (claimId: string) => `return-comment-${claimId}`;

export function ReturnForm({ claimId, busy, onSend }: { claimId: string; busy: boolean; onSend: (comment: string) => void }) {
  const comment = useUiStore((s) => (s.returnDraft?.claimId === claimId ? s.returnDraft.comment : ''));
  const returnCommentEdited = useUiStore((s) => s.returnCommentEdited);
  const returnDropped = useUiStore((s) => s.returnDropped);
  const [error, setError] = useState<string | null>(null);
  const id = returnCommentId(claimId);
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (comment.trim() === '') {
      setError('Say why the claim is sent back: the fact-checker sees this comment.');
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
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
      <label htmlFor={id}>Comment for the fact-checker (required)</label>
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
          Ctrl+Enter sends, Esc cancels.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Send back
        </button>
        <button type="button" onClick={returnDropped}>
          Cancel
        </button>
      </div>
    </form>
  );
}
