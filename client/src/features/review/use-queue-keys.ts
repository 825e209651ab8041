// The review queue's keys (see the shortcuts dialog): j/k or the arrows move between rows, a approves, r opens the
// return comment, the digits set the verdict by its place in the desk's scale; j on the last loaded row loads the next
// page. Ignored while typing in a field or while a dialog is open. (Letters are the queue's own keys here: the
// verdicts' letters are the workbench's.)
import { useEffect } from 'react';
import type { Claim, Verdict } from '@domain/schemas.ts';
import { isTyping } from '../../lib/keyboard.ts';
import { useRatingScale } from '../../lib/queries/get-rating-scale.ts';
import { useUiStore } from '../../lib/ui-store.ts';
import { queueRowId } from './components/queue-row.tsx';

/** Makes a row the active one and moves focus to it, so screen readers follow the keys. */
export function focusQueueRow(claimId: string) {
  useUiStore.getState().queueRowActivated(claimId);
  const row = document.getElementById(queueRowId(claimId));
  row?.focus({ preventScroll: true });
  row?.scrollIntoView({ block: 'nearest' });
}

interface QueueKeysOptions {
  claims: readonly Claim[];
  active: Claim | undefined;
  approve: (claim: Claim) => void;
  changeVerdict: (claim: Claim, verdict: Verdict) => void;
  /** Loads the next page of the queue, if any, and makes its first claim the active row. */
  loadMore: () => Promise<void>;
}

export function useQueueKeys({ claims, active, approve, changeVerdict, loadMore }: QueueKeysOptions) {
  const scale = useRatingScale();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const ui = useUiStore.getState();
      const index = active ? claims.indexOf(active) : -1;
      const verdict = /^[1-9]$/.test(event.key) ? scale.verdicts[Number(event.key) - 1]?.key : undefined;
      let handled = true;
      if (event.key === '?') ui.shortcutsToggled(true);
      else if (event.key === 'j' || event.key === 'ArrowDown') {
        const next = claims[Math.min(claims.length - 1, index + 1)];
        // At the last loaded row, the next page comes in and its first claim becomes the active row.
        if (index === claims.length - 1) void loadMore();
        else if (next) focusQueueRow(next.id);
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        const previous = claims[Math.max(0, index - 1)];
        if (previous) focusQueueRow(previous.id);
      } else if (!active) handled = false;
      else if (event.key === 'a') approve(active);
      else if (event.key === 'r') ui.returnStarted(active.id);
      else if (verdict) changeVerdict(active, verdict);
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [claims, active, approve, changeVerdict, loadMore, scale]);
}
