// The claim's note, saved as the user types (debounced) and on leaving the field; the draft survives a failed save.
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '@domain/schemas.ts';
import { LIMITS } from '@domain/limits.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useUpdateClaim } from '../api/update-claim.ts';

const SAVE_DELAY_MS = 700;
export const NOTE_FIELD_ID = 'claim-note';

export function NoteField({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const draft = useUiStore((s) => s.noteDrafts[claim.id]);
  const noteEdited = useUiStore((s) => s.noteEdited);
  const { mutate } = useUpdateClaim();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef(false);
  const { id: claimId, articleId } = claim;

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (!unsaved.current) return;
    unsaved.current = false;
    const ui = useUiStore.getState();
    const note = ui.noteDrafts[claimId];
    // While a conflict is open the user decides; never save over the other version.
    if (note === undefined || ui.conflicts[claimId]) return;
    mutate({ articleId, claimId, changes: { note } });
  }, [articleId, claimId, mutate]);

  // Switching to another claim or leaving the page saves what was typed.
  useEffect(() => flush, [flush]);

  return (
    <div className="field">
      <label htmlFor={NOTE_FIELD_ID}>{t('field.note')}</label>
      <textarea
        id={NOTE_FIELD_ID}
        rows={3}
        maxLength={LIMITS.note}
        dir="auto"
        placeholder={t('note.placeholder')}
        value={draft ?? claim.note}
        onChange={(e) => {
          noteEdited(claimId, e.target.value);
          unsaved.current = true;
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_DELAY_MS);
        }}
        onBlur={flush}
      />
    </div>
  );
}
