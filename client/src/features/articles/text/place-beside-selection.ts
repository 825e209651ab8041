// Where the floating Make claim button goes beside a touch selection: pure geometry, in viewport pixels.
import type { Direction } from '@domain/schemas.ts';

/** Room between the button and the screen's edges or the selection, in CSS pixels. */
const GAP = 8;
/** Below a selection hang the platform's handles (about 20 px on Android and iOS): the button goes below them. */
const HANDLES = 28;

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Screen {
  width: number;
  height: number;
  /** How much of the screen's foot a sheet covers. */
  coveredBelow: number;
}

/**
 * The button's top-left corner: under the selection's handles if it fits above whatever covers the screen's foot,
 * else over the selection; lined up with the edge the selection's text starts from (its right in Arabic), and kept
 * on the screen.
 */
export function placeBesideSelection(
  selection: Box,
  button: { width: number; height: number },
  screen: Screen,
  direction: Direction,
): { top: number; left: number } {
  const floor = screen.height - screen.coveredBelow - GAP;
  const below = selection.bottom + HANDLES;
  const top = below + button.height <= floor ? below : selection.top - GAP - button.height;
  const start = direction === 'rtl' ? selection.right - button.width : selection.left;
  return {
    top: Math.max(GAP, Math.min(top, floor - button.height)),
    left: Math.max(GAP, Math.min(start, screen.width - button.width - GAP)),
  };
}
