// On a phone, a Make claim button beside a selection drawn with the platform's handles (a long press): placed from
// the selection's box, at the side its text starts (the right in Arabic), inside the screen and above the claim sheet.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { placeBesideSelection } from './place-beside-selection.ts';
import { SHEET_SIZE_PROPERTY } from './use-text-above-sheet.ts';

interface SelectionActionProps {
  rootRef: RefObject<HTMLElement | null>;
  direction: Direction;
  onMake: () => void;
}

/** The box of the selection when it lies in the article and is not empty, else null. */
function selectionBox(root: HTMLElement | null): DOMRect | null {
  const selection = document.getSelection();
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  if (!root.contains(selection.anchorNode) && !root.contains(selection.focusNode)) return null;
  return selection.getRangeAt(0).getBoundingClientRect();
}

/** Moves the button beside the selection, above the claim sheet when one covers the screen's foot. */
function place(button: HTMLElement, box: DOMRect, direction: Direction) {
  const coveredBelow = parseFloat(getComputedStyle(document.documentElement).getPropertyValue(SHEET_SIZE_PROPERTY)) || 0;
  const screen = { width: document.documentElement.clientWidth, height: window.innerHeight, coveredBelow };
  const { top, left } = placeBesideSelection(box, button.getBoundingClientRect(), screen, direction);
  // Physical coordinates on purpose: they come from getBoundingClientRect, and the direction is applied above.
  button.style.top = `${top}px`;
  button.style.left = `${left}px`;
}

export function SelectionAction({ rootRef, direction, onMake }: SelectionActionProps) {
  const { t } = useTranslation('claims');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [box, setBox] = useState<DOMRect | null>(null);
  const hasDraft = useUiStore((s) => s.draft !== null);
  // While a finger is on the button the button stays, whatever the selection does: a platform that clears the
  // selection on touch would otherwise take the button away before its click arrives. The next press elsewhere ends it.
  const pressing = useRef(false);
  useEffect(() => {
    const update = () => {
      if (!pressing.current) setBox(selectionBox(rootRef.current));
    };
    const pressedElsewhere = (event: PointerEvent) => {
      if (event.target !== buttonRef.current) pressing.current = false;
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', pressedElsewhere, { capture: true });
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', pressedElsewhere, { capture: true });
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, [rootRef]);
  useLayoutEffect(() => {
    if (buttonRef.current && box) place(buttonRef.current, box, direction);
  }, [box, direction, hasDraft]);
  if (!box || !hasDraft) return null;
  return (
    <button
      ref={buttonRef}
      type="button"
      className="primary selection-action"
      // A press on the button must not clear the selection it acts on (a tap elsewhere would).
      onPointerDown={(event) => {
        event.preventDefault();
        pressing.current = true;
      }}
      onPointerCancel={() => {
        pressing.current = false;
      }}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        pressing.current = false;
        onMake();
        setBox(selectionBox(rootRef.current));
      }}
    >
      {t('newClaim.make')}
    </button>
  );
}
