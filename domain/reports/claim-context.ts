// The sentence around a claim, for the report's "Context": the article sentences the claim overlaps, and the part to
// mark widened to whole words so that markup never splits a word (nor changes how Arabic letters join).
import type { Article, Claim, Sentence } from '../schemas.ts';

export interface ClaimContext {
  /** The sentence (or sentences) holding the claim, as in the article. */
  text: string;
  /** The part to mark, relative to `text`, widened to whole words; null when the claim no longer matches the text. */
  mark: { start: number; end: number } | null;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}\u200C\u200D]/u;
const pointAt = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i) ?? 0x20);
const pointBefore = (text: string, i: number) => {
  const pair = text.slice(Math.max(0, i - 2), i);
  return /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(pair) ? pair : text.slice(i - 1, i) || ' ';
};
const insideWord = (text: string, i: number) =>
  i > 0 && i < text.length && WORD_CHAR.test(pointBefore(text, i)) && WORD_CHAR.test(pointAt(text, i));

/**
 * Widens `[start, end)` to whole words, so that markup around it never splits a word (and never breaks how Arabic
 * letters join). Stored claims start and end at word boundaries in practice; this guards the rest.
 */
export function widenToWords(text: string, start: number, end: number): { start: number; end: number } {
  while (insideWord(text, start)) start -= pointBefore(text, start).length;
  while (insideWord(text, end)) end += pointAt(text, end).length;
  return { start, end };
}

/** The sentence(s) of `article` that `claim` overlaps, with the claimed part to mark. */
export function claimContext(
  article: Pick<Article, 'text'>,
  claim: Pick<Claim, 'start' | 'end' | 'quote'>,
  sentences: readonly Sentence[],
): ClaimContext {
  const overlapping = sentences.filter((s) => s.start < claim.end && s.end > claim.start);
  const from = Math.min(claim.start, ...overlapping.map((s) => s.start));
  const to = Math.max(claim.end, ...overlapping.map((s) => s.end));
  const text = article.text.slice(from, to);
  if (article.text.slice(claim.start, claim.end) !== claim.quote.exact) return { text, mark: null };
  return { text, mark: widenToWords(text, claim.start - from, claim.end - from) };
}
