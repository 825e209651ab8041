// A required reason an editor writes for a decision (sending a claim back, taking an approval back): the field, its
// error or hint, Send and Cancel; Ctrl+Enter sends and Esc cancels.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';

interface ReasonFormProps {
  id: string;
  className: string;
  value: string;
  onChange: (value: string) => void;
  /** The label, the message when the reason is missing, the hint under the field and the Send button's text. */
  words: { label: string; required: string; hint: string; send: string };
  busy: boolean;
  onSend: (reason: string) => void;
  onCancel: () => void;
}

export function ReasonForm({ id, className, value, onChange, words, busy, onSend, onCancel }: ReasonFormProps) {
  const { t } = useTranslation('common');
  const [missing, setMissing] = useState(false);
  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (value.trim() === '') {
      setMissing(true);
      document.getElementById(id)?.focus();
      return;
    }
    setMissing(false);
    onSend(value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };
  return (
    <form className={className} onSubmit={send} onKeyDown={onKeyDown} noValidate>
      <label htmlFor={id}>{words.label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={2}
        autoFocus
        maxLength={LIMITS.reviewComment}
        value={value}
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-error` : `${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
      {missing ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {words.required}
        </p>
      ) : (
        <p id={`${id}-hint`} className="hint">
          {words.hint}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {words.send}
        </button>
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}
