// The words of an article folded the way source names are matched (case, accents, hamza, harakat ignored), with their
// offsets in the original text, so that word lists written without accents or hamza find every spelling.
import { toMatchText } from '../source-match.ts';

export interface Word {
  /** Folded: lowercase, no accents or marks, hamza forms as bare alif, ى as ي, ة as ه. */
  folded: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function foldedWords(text: string): Word[] {
  const { key, origins } = toMatchText(text);
  const words: Word[] = [];
  for (const match of key.matchAll(WORD)) {
    const start = origins[match.index] ?? 0;
    const end = origins[match.index + match[0].length] ?? text.length;
    words.push({ folded: match[0], start, end });
  }
  return words;
}

/** The word and, for Arabic, the word without a leading و or ف (and), so `وقالت` is looked up as `قالت` too. */
export function wordForms(folded: string, arabic: boolean): string[] {
  const first = folded[0];
  return arabic && (first === 'و' || first === 'ف') && folded.length > 2 ? [folded, folded.slice(1)] : [folded];
}

/** Index of the first word at or after `offset`; `words.length` when none. */
export function wordAt(words: readonly Word[], offset: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((words[mid]?.start ?? Infinity) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
