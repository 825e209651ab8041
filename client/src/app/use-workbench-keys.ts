// Page-wide keys of the workbench (see the shortcuts dialog); ignored while typing in a field or in a dialog.
import { useEffect } from 'react';
import type { Claim } from '@domain/schemas.ts';
import { isTyping, latinKey } from '../lib/keyboard.ts';
import { useUiStore } from '../lib/ui-store.ts';
import { EDIT_APPROVED_ID } from '../features/claims/components/claim-editor.tsx';
import { NOTE_FIELD_ID } from '../features/claims/components/note-field.tsx';
import { focusPanelOpener } from '../features/claims/panel-opener.ts';
import { useClaimActions } from '../features/claims/use-claim-actions.ts';
import { useClaimRefusal } from '../lib/auth/use-can.ts';
import { verdictForKey } from '../lib/verdicts.ts';
import { focusSentence } from '../features/articles/text/text-navigation.ts';

interface WorkbenchKeysOptions {
  /** The filtered claims in reading order, for n / p. */
  visible: readonly Claim[];
  claims: readonly Claim[];
  pickClaim: (claim: Claim) => void;
  makeClaim: () => void;
}

export function useWorkbenchKeys({ visible, claims, pickClaim, makeClaim }: WorkbenchKeysOptions) {
  const { setVerdict, deleteClaim, undo } = useClaimActions();
  const refusal = useClaimRefusal();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const ui = useUiStore.getState();
      const active = claims.find((c) => c.id === ui.activeClaimId);
      const text = document.querySelector<HTMLElement>('[role="article"]');
      const closePanel = () => {
        const open = ui.draft !== null || active !== undefined;
        if (ui.draft) ui.draftDiscarded();
        else ui.claimSelected(null);
        document.getSelection()?.removeAllRanges();
        // Back to what opened the panel (its sentence, its claim in the list), or to the sentence last read.
        if (open && text) focusPanelOpener(text.querySelector<HTMLElement>(`[data-sentence="${ui.focusedSentence}"]`));
      };
      if (isTyping(event.target)) {
        // Esc in the panel's own fields (the note, the source) closes the panel too, as it does elsewhere; a note
        // typed there is kept: the field saves it as it goes away. A field that uses Esc itself (an open list)
        // has already taken it (defaultPrevented).
        const inPanel = event.target instanceof Element && event.target.closest('.new-claim, .claim-editor') !== null;
        if (event.key === 'Escape' && inPanel) {
          event.preventDefault();
          closePanel();
        }
        return;
      }
      const key = latinKey(event);
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      const verdict = event.shiftKey ? undefined : verdictForKey(key);
      let handled = true;
      if (key === '?') ui.shortcutsToggled(true);
      else if ((key === 'j' || key === 'k') && text) {
        focusSentence(text, ui.focusedSentence + (key === 'j' ? 1 : -1));
      } else if (key === 'n' || key === 'p') {
        const index = visible.findIndex((c) => c.id === ui.activeClaimId);
        const next = key === 'n' ? (visible[index + 1] ?? visible[0]) : (visible[index - 1] ?? visible.at(-1));
        if (next) pickClaim(next);
      } else if (key === 'm') makeClaim();
      else if (key === 'e' && active) document.getElementById(NOTE_FIELD_ID)?.focus();
      else if ((key === 'Delete' || key === 'Backspace') && active) {
        if (refusal('claim.delete', active) === null) deleteClaim(active);
      } else if (verdict && active) {
        // An approved claim is changed only once the user has read that a change sends it back to review.
        const unconfirmed = active.review.state === 'approved' && ui.approvedEditConfirmed !== active.id;
        if (unconfirmed) document.getElementById(EDIT_APPROVED_ID)?.focus();
        else if (refusal('claim.edit', active) === null) setVerdict(active, verdict);
      }
      else if (key === 'Escape') closePanel();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [visible, claims, pickClaim, makeClaim, setVerdict, deleteClaim, undo, refusal]);
}
