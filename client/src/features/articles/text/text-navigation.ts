// Moving through the text from the keyboard: sentence focus and extending a selection in reading order.
import type { Direction } from '@domain/schemas.ts';

/** Focuses sentence `index` (clamped to the article) and brings it into view. */
export function focusSentence(root: ParentNode, index: number) {
  const sentences = root.querySelectorAll<HTMLElement>('[data-sentence]');
  if (sentences.length === 0) return;
  const last = Number(sentences[sentences.length - 1]!.dataset.sentence);
  const target =
    root.querySelector<HTMLElement>(`[data-sentence="${Math.min(Math.max(index, 0), last)}"]`) ?? sentences[0]!;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

/** Whether a left or right arrow moves onward in reading order: in right-to-left text the left arrow reads on. */
export function readsOnward(key: 'ArrowLeft' | 'ArrowRight', direction: Direction): boolean {
  return (key === 'ArrowLeft') === (direction === 'rtl');
}

/**
 * Shift+Left/Right without caret browsing: start at the focused sentence when nothing is selected in the text,
 * then extend word by word. The arrow's visual direction maps to reading order: in RTL text Left reads onward.
 */
export function extendSelection(root: HTMLElement, sentence: HTMLElement, key: 'ArrowLeft' | 'ArrowRight', direction: Direction) {
  const selection = document.getSelection();
  const text = sentence.firstChild;
  if (!selection || !text) return;
  const inside = selection.rangeCount > 0 && selection.focusNode !== null && root.contains(selection.focusNode);
  if (!inside) selection.collapse(text, 0);
  selection.modify('extend', readsOnward(key, direction) ? 'forward' : 'backward', 'word');
}
