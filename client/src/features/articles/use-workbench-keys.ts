// Page-wide keys of the workbench (see the shortcuts dialog); ignored while typing in a field or in a dialog.
import { useEffect } from 'react';
import type { Claim } from '../../../../domain/schemas.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { NOTE_FIELD_ID } from '../claims/components/note-field.tsx';
import { useClaimActions } from '../claims/use-claim-actions.ts';
import { verdictForKey } from '../claims/verdicts.ts';
import { focusSentence } from './text/text-navigation.ts';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog') !== null)
  );
}

interface WorkbenchKeysOptions {
  /** The filtered claims in reading order, for n / p. */
  visible: readonly Claim[];
  claims: readonly Claim[];
  pickClaim: (claim: Claim) => void;
  makeClaim: () => void;
}

export function useWorkbenchKeys({ visible, claims, pickClaim, makeClaim }: WorkbenchKeysOptions) {
  const { setVerdict, deleteClaim, undo } = useClaimActions();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || isTyping(event.target)) return;
      const ui = useUiStore.getState();
      const active = claims.find((c) => c.id === ui.activeClaimId);
      const text = document.querySelector<HTMLElement>('[role="article"]');
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        undo();
        return;
      }
      if (event.ctrlKey || event.metaKey) return;
      const verdict = event.shiftKey ? undefined : verdictForKey(event.key);
      let handled = true;
      if (event.key === '?') ui.shortcutsToggled(true);
      else if ((event.key === 'j' || event.key === 'k') && text) {
        focusSentence(text, ui.focusedSentence + (event.key === 'j' ? 1 : -1));
      } else if (event.key === 'n' || event.key === 'p') {
        const index = visible.findIndex((c) => c.id === ui.activeClaimId);
        const next = event.key === 'n' ? (visible[index + 1] ?? visible[0]) : (visible[index - 1] ?? visible.at(-1));
        if (next) pickClaim(next);
      } else if (event.key === 'm') makeClaim();
      else if (event.key === 'e' && active) document.getElementById(NOTE_FIELD_ID)?.focus();
      else if ((event.key === 'Delete' || event.key === 'Backspace') && active) deleteClaim(active);
      else if (verdict && active) setVerdict(active, verdict);
      else if (event.key === 'Escape') {
        if (ui.draft) ui.draftDiscarded();
        else ui.claimSelected(null);
        document.getSelection()?.removeAllRanges();
      } else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [visible, claims, pickClaim, makeClaim, setVerdict, deleteClaim, undo]);
}
