// Anchoring claims to article text: a half-open UTF-16 range checked against a TextQuoteSelector
// (exact + prefix + suffix), in the manner of Hypothesis's anchoring, with re-anchoring by quote when positions drift.
import { LIMITS } from './limits.ts';
import { REFUSAL_MESSAGES } from './refusals.ts';
import type { Quote } from './schemas.ts';
import { splitsSurrogatePair } from './text.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface RangeProblem {
  field: 'start' | 'end' | 'exact';
  /** Why, as a stable key (domain/refusals.ts), beside the English words. */
  reason: 'anchor_out_of_range' | 'anchor_empty' | 'anchor_split_pair' | 'anchor_mismatch';
  message: string;
}

type WordedProblem = Exclude<RangeProblem['reason'], 'anchor_out_of_range'>;
const problem = (field: RangeProblem['field'], reason: WordedProblem): RangeProblem => ({ field, reason, message: REFUSAL_MESSAGES[reason] });

/**
 * Checks that `[start, end)` is a usable claim range in `text` and that `exact` is the text it covers.
 * Returns the first problem found, naming the field to blame, or null when the range is good.
 */
export function checkRange(text: string, range: TextRange & { exact: string }): RangeProblem | null {
  const { start, end, exact } = range;
  const outOfRange = (field: 'start' | 'end'): RangeProblem => ({
    field,
    reason: 'anchor_out_of_range',
    message: `must be at most the text length (${text.length})`,
  });
  if (start > text.length) return outOfRange('start');
  if (end > text.length) return outOfRange('end');
  if (end <= start) return problem('end', 'anchor_empty');
  if (splitsSurrogatePair(text, start)) return problem('start', 'anchor_split_pair');
  if (splitsSurrogatePair(text, end)) return problem('end', 'anchor_split_pair');
  if (text.slice(start, end) !== exact) return problem('exact', 'anchor_mismatch');
  return null;
}

/** The TextQuoteSelector for `[start, end)`: the exact text with up to LIMITS.quoteContext units either side. */
export function quoteAt(text: string, { start, end }: TextRange): Quote {
  let prefixStart = Math.max(0, start - LIMITS.quoteContext);
  let suffixEnd = Math.min(text.length, end + LIMITS.quoteContext);
  // Never cut the context inside a surrogate pair.
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds where a quote sits in `text`. Tries the remembered position first; otherwise scores every exact match
 * by how much of its prefix and suffix agree and by its distance to the hint, and returns the best, or null.
 */
export function anchorQuote(text: string, quote: Quote, hint?: TextRange): TextRange | null {
  if (hint && text.slice(hint.start, hint.end) === quote.exact) return { start: hint.start, end: hint.end };
  let best: { range: TextRange; score: number } | null = null;
  for (let i = text.indexOf(quote.exact); i !== -1; i = text.indexOf(quote.exact, i + 1)) {
    const end = i + quote.exact.length;
    const context =
      commonSuffixLength(text.slice(Math.max(0, i - quote.prefix.length), i), quote.prefix) +
      commonPrefixLength(text.slice(end, end + quote.suffix.length), quote.suffix);
    const distance = hint ? Math.abs(i - hint.start) / Math.max(1, text.length) : 0;
    const score = context - distance;
    if (!best || score > best.score) best = { range: { start: i, end }, score };
  }
  return best?.range ?? null;
}
