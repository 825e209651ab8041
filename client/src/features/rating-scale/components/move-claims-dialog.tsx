// Asked when a verdict that claims use is deleted: how many claims have it (GET /api/rating-scale/usage) and which
// verdict of the scale they move to. The move happens on saving, with the scale, and is audited by the server.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictDefinition } from '@domain/rating-scale.ts';
import { useFormat } from '../../../i18n/format.ts';

interface MoveClaimsDialogProps {
  verdict: VerdictDefinition;
  /** Claims with the verdict; undefined while the count is not known. */
  count: number | undefined;
  targets: readonly VerdictDefinition[];
  onConfirm: (target: string) => void;
  onCancel: () => void;
}

export function MoveClaimsDialog({ verdict, count, targets, onConfirm, onCancel }: MoveClaimsDialogProps) {
  const { t } = useTranslation('ratingScale');
  const { language } = useFormat();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [target, setTarget] = useState(targets[0]?.key ?? '');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) onConfirm(target);
  };
  const label = verdict.labels[language];
  return (
    <dialog ref={ref} className="move-claims" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={onCancel}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} dir="auto">
          {t('move.title', { label })}
        </h2>
        {count !== undefined && <p id={`${id}-body`}>{t('move.body', { count })}</p>}
        <label htmlFor={`${id}-target`}>{t('move.target')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          {targets.map((v) => (
            <option key={v.key} value={v.key} dir="auto">
              {v.sign} {v.labels[language]}
            </option>
          ))}
        </select>
        <div className="dialog-actions">
          <button type="submit" className="danger">
            {t('move.confirm')}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {t('move.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
