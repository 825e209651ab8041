// Snaps a raw text selection to whole words before it becomes a claim, so that a claim never starts or ends inside a
// word (half an Arabic word breaks letter joining and reads as another word) or inside a surrogate pair.
import type { TextRange } from './anchoring.ts';
import { splitsSurrogatePair } from './text.ts';

/** How far from an edge the word segmenter looks; a run of more non-space units than this is not treated as a word. */
const WINDOW = 256;
const WHITESPACE = /^\s/;

// ICU's word rules have no tailoring for ar, en or fr; a fixed locale keeps the host's default locale out of it.
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

function isWhitespace(text: string, i: number): boolean {
  return WHITESPACE.test(text[i] ?? '');
}

/**
 * The boundaries of the word (or other segment) that strictly contains `offset`, or null when `offset` already lies
 * between two segments. Only the run of non-whitespace around `offset` is segmented: no segment crosses whitespace
 * (Intl.Segmenter is slow on long strings in Node 20, and a selection must not cost time proportional to the text).
 */
function segmentAround(text: string, offset: number): TextRange | null {
  if (offset <= 0 || offset >= text.length) return null;
  let from = offset;
  while (from > 0 && offset - from < WINDOW && !isWhitespace(text, from - 1)) from--;
  let to = offset;
  while (to < text.length && to - offset < WINDOW && !isWhitespace(text, to)) to++;
  if (splitsSurrogatePair(text, from)) from--;
  if (splitsSurrogatePair(text, to)) to++;
  const found = wordSegmenter.segment(text.slice(from, to)).containing(offset - from);
  if (!found) return null;
  const start = from + found.index;
  return start === offset ? null : { start, end: start + found.segment.length };
}

/**
 * Expands `range` (start <= end; swapped if not) so that neither edge cuts a word, a number, a grapheme or a surrogate
 * pair, then trims whitespace at both ends. Punctuation the selection included is kept, and no line break is added.
 * Returns null for an empty selection or one that holds only whitespace.
 */
export function snapToWords(text: string, range: TextRange): TextRange | null {
  let start = Math.max(0, Math.min(range.start, range.end, text.length));
  let end = Math.min(text.length, Math.max(range.start, range.end, 0));
  if (start === end) return null;
  start = segmentAround(text, start)?.start ?? start;
  end = segmentAround(text, end)?.end ?? end;
  while (start < end && isWhitespace(text, start)) start++;
  while (end > start && isWhitespace(text, end - 1)) end--;
  return start < end ? { start, end } : null;
}
