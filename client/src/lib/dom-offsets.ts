// Maps between DOM positions inside the rendered article and UTF-16 offsets of the stored text.
// Every text node sits alone in an element carrying `data-start`, its offset in the stored text.
import type { TextRange } from '@domain/anchoring.ts';

interface Piece {
  start: number;
  end: number;
  element: HTMLElement;
  node: Text;
}

/** The article's text nodes in document order with their offsets. */
export function indexPieces(root: HTMLElement): Piece[] {
  const pieces: Piece[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = element.firstChild;
    if (!(node instanceof Text)) continue;
    const start = Number(element.dataset.start);
    pieces.push({ start, end: start + node.length, element, node });
  }
  return pieces;
}

/** The text offset of a DOM boundary point; points outside the article clamp to its start or end. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number, textLength: number): number {
  if (node instanceof Text && root.contains(node)) {
    const owner = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (owner && root.contains(owner)) return Number(owner.dataset.start) + offset;
  }
  const whole = document.createRange();
  whole.selectNodeContents(root);
  const where = whole.comparePoint(node, offset);
  if (where < 0) return 0;
  if (where > 0) return textLength;
  // An element boundary inside the article: the first piece at or after it starts there.
  let last = 0;
  for (const piece of indexPieces(root)) {
    const range = document.createRange();
    range.selectNodeContents(piece.element);
    const cmp = range.comparePoint(node, offset);
    if (cmp < 0) return piece.start;
    if (cmp === 0) return offset === 0 ? piece.start : piece.end;
    last = piece.end;
  }
  return last;
}

/**
 * The stored-text range of the current selection, ordered by text position whatever the drag direction
 * (a right-to-left drag in Arabic has its anchor after its focus). Null when collapsed or outside the article.
 */
export function selectionToRange(root: HTMLElement, selection: Selection | null, textLength: number): TextRange | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return null;
  if (!root.contains(anchorNode) && !root.contains(focusNode)) return null;
  const a = pointToOffset(root, anchorNode, selection.anchorOffset, textLength);
  const b = pointToOffset(root, focusNode, selection.focusOffset, textLength);
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return end > start ? { start, end } : null;
}

function locate(pieces: Piece[], offset: number, side: 'start' | 'end'): { node: Text; offset: number } | null {
  // The first piece that holds the offset, by binary search: pieces are in text order and do not overlap, and a
  // long article paints hundreds of highlights over thousands of pieces (issue 7).
  // A start at a piece boundary belongs to the next piece; an end to the previous one.
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const piece = pieces[mid]!;
    if (side === 'start' ? offset < piece.end : offset <= piece.end) high = mid;
    else low = mid + 1;
  }
  const piece = pieces[low];
  if (piece) return { node: piece.node, offset: Math.max(0, offset - piece.start) };
  const last = pieces.at(-1);
  return last ? { node: last.node, offset: last.node.length } : null;
}

/** A DOM Range over `[start, end)` of the stored text, or null for an empty article. */
export function rangeFromOffsets(pieces: Piece[], { start, end }: TextRange): Range | null {
  const from = locate(pieces, start, 'start');
  const to = locate(pieces, end, 'end');
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The text offset under a viewport point (for clicks on highlights), or null when not over the text. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number, textLength: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const node = position ? position.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = position ? position.offset : (document.caretRangeFromPoint?.(x, y)?.startOffset ?? 0);
  if (!node || !root.contains(node)) return null;
  return pointToOffset(root, node, offset, textLength);
}

/** The element that holds `offset`, to scroll to or focus. */
export function elementAt(root: HTMLElement, offset: number): HTMLElement | null {
  return locate(indexPieces(root), offset, 'start')?.node.parentElement ?? null;
}
