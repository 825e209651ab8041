// Where a reported clause starts and ends: the time words, listeners and phrases skipped before it (`said on Friday`,
// `told reporters`, `في بيان`), the boundaries that end it (حيث، while, tandis que, `;`, `”, which`), the punctuation
// trimmed off it.
import { lowerBound, type ArticleContext } from './context.ts';
import type { Lexicon } from './lexicons.ts';
import { wordAt, wordForms } from './words.ts';

// One character each, tested from either end of a span: `/[…]+$/` retried at every start is quadratic on a long run of
// spaces or commas (tests/domain/suggest-statements-scaling.test.ts). All of them lie in the BMP.
/** Includes the apostrophe an elided complementizer leaves: `qu'elle` starts the clause at `elle`. */
const LEADING = /^[\s,،:;؛—–'’-]$/u;
const TRAILING = /^[\s.,،:;؛!?…]$/u;
const CAPITAL = /^\p{Lu}/u;
const RELATIVE_AFTER_QUOTE = /^\s*[,،]\s*(which|who|where|qui|dont|où|التي|الذي)(?![\p{L}])/iu;

/** `[start, end)` without spaces and punctuation at either end (closing quotation marks stay); null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  while (from < end && LEADING.test(text[from] ?? '')) from++;
  let to = end;
  while (to > from && TRAILING.test(text[to - 1] ?? '')) to--;
  return to > from ? { start: from, end: to } : null;
}

/** True when the code point at `offset` is an uppercase letter (two units hold any code point). */
function startsCapital(text: string, offset: number): boolean {
  return CAPITAL.test(text.slice(offset, offset + 2));
}

/** Index of the first word from `i` that is not a time word, a skipped phrase or (for `told`) the listener. */
export function skipFrom(ctx: ArticleContext, i: number, limit: number, listener: boolean): number {
  const { words, lexicon, text } = ctx;
  const is = (k: number, set: Set<string>) => wordForms(words[k]?.folded ?? '', lexicon.arabic).some((f) => set.has(f));
  while (i < words.length && (words[i]?.start ?? limit) < limit) {
    if (is(i, lexicon.timeWords)) i++;
    else if (is(i, lexicon.timePrepositions) && is(i + 1, lexicon.timeWords)) i += 2;
    else if (listener && (startsCapital(text, words[i]?.start ?? 0) || /^(reporters|journalists)$/.test(words[i]?.folded ?? ''))) i++;
    else {
      const phrase = lexicon.skipPhrases.find((p) => p.every((w, k) => words[i + k]?.folded === w));
      if (!phrase) break;
      i += phrase.length;
    }
  }
  return i;
}

const parsedBoundaries = new WeakMap<Lexicon, Array<{ afterComma: boolean; run: string[] }>>();

/** A lexicon's boundaries as word runs, parsed once. */
function boundaryRuns(lexicon: Lexicon): Array<{ afterComma: boolean; run: string[] }> {
  let runs = parsedBoundaries.get(lexicon);
  if (!runs) {
    runs = lexicon.boundaries.map((spec) => ({ afterComma: spec.startsWith(','), run: spec.replace(',', '').split('_') }));
    parsedBoundaries.set(lexicon, runs);
  }
  return runs;
}

/** True when a quotation opens in the clause word `i` starts, before `end`, or a quotation mark follows the word. */
function opensQuoteBefore(ctx: ArticleContext, i: number, end: number): boolean {
  const word = ctx.words[i];
  if (!word) return false;
  return /^\s*[“”"«»]/u.test(ctx.text.slice(word.end, word.end + 3)) || (ctx.quotes[lowerBound(ctx.quotes, word.start, (q) => q.open)]?.open ?? Infinity) < end;
}

/** The first clause boundary in `[from, limit)` outside quotations, or `limit`. */
export function clauseEnd(ctx: ArticleContext, from: number, limit: number): number {
  const { words, lexicon, text, quoted } = ctx;
  let end = limit;
  for (let k = from; k < end; k++) if ((text[k] === ';' || text[k] === '؛') && !quoted[k]) end = k;
  for (let k = lowerBound(ctx.quotes, from, (q) => q.close); (ctx.quotes[k]?.close ?? Infinity) < end; k++) {
    const close = ctx.quotes[k]?.close ?? end;
    if (RELATIVE_AFTER_QUOTE.test(text.slice(close + 1, close + 16))) end = close + 1;
  }
  const boundaries = boundaryRuns(lexicon);
  const first = wordAt(words, from);
  for (let i = first; i < words.length && (words[i]?.start ?? end) < end; i++) {
    // A subordinate clause fronted inside the statement (`said that while talks go on, the strike holds`) opens it.
    if (quoted[words[i]?.start ?? 0] || i === first) continue;
    const forms = wordForms(words[i]?.folded ?? '', lexicon.arabic);
    for (const { afterComma, run } of boundaries) {
      if (!forms.includes(run[0] ?? '')) continue;
      if (!run.every((w, k) => k === 0 || words[i + k]?.folded === w)) continue;
      const gap = text.slice(words[i - 1]?.end ?? from, words[i]?.start ?? end);
      if (afterComma && !/[,،]/.test(gap)) continue;
      // `… حيث “تتكبد خسائر كبيرة”`: a quotation in the clause حيث opens keeps it the speaker's words.
      if (run[0] === 'حيث' && opensQuoteBefore(ctx, i, end)) continue;
      end = Math.min(end, afterComma ? (words[i - 1]?.end ?? from) + gap.search(/[,،]/) : (words[i]?.start ?? end));
    }
  }
  return end;
}
