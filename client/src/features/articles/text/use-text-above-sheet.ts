// Keeps the picked text in sight above the claim sheet on a phone: the sheet's height becomes the page's scroll
// padding and foot room (styles/phone.css), and a tapped sentence or a picked claim scrolls to just above the sheet.
import { useEffect, type RefObject } from 'react';
import type { Claim } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { CLAIM_SHEET_ID } from '../../../lib/layout-ids.ts';
import { elementAt } from '../../../lib/dom-offsets.ts';

/** The custom property phone.css reads; the floating Make claim button keeps above it too (selection-action.tsx). */
export const SHEET_SIZE_PROPERTY = '--sheet-block-size';

/** The claim sheet when it covers the foot of the screen (open, on a phone), after writing its height down. */
function measureSheet(): HTMLElement | null {
  const sheet = document.getElementById(CLAIM_SHEET_ID);
  const covering = sheet?.hasAttribute('data-open') && getComputedStyle(sheet).position === 'fixed' ? sheet : null;
  document.documentElement.style.setProperty(SHEET_SIZE_PROPERTY, `${covering ? covering.getBoundingClientRect().height : 0}px`);
  return covering;
}

export function useTextAboveSheet(rootRef: RefObject<HTMLElement | null>, claims: readonly Claim[]) {
  useEffect(() => {
    const sheet = document.getElementById(CLAIM_SHEET_ID);
    if (!sheet) return;
    // The sheet grows and shrinks with its content (an evidence form, a conflict notice) and with the screen.
    const observer = new ResizeObserver(() => measureSheet());
    observer.observe(sheet);
    window.addEventListener('resize', measureSheet);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measureSheet);
      document.documentElement.style.removeProperty(SHEET_SIZE_PROPERTY);
    };
  }, []);

  const draftStart = useUiStore((s) => s.draft?.start ?? null);
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const start = draftStart ?? claims.find((c) => c.id === activeClaimId)?.start ?? null;
  // Also when a draft becomes a claim at the same place: the editor's sheet is taller than the new-claim form's.
  useEffect(() => {
    const root = rootRef.current;
    if (start === null || !root || !measureSheet()) return;
    // A selection still being drawn with the handles: the text stays where the finger is.
    if (document.getSelection()?.isCollapsed === false) return;
    const target = elementAt(root, start);
    (target?.closest('[data-sentence]') ?? target)?.scrollIntoView({ block: 'nearest' });
  }, [rootRef, start, activeClaimId]);
}
