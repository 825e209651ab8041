// Where a reported clause starts and ends: the time words, listeners and phrases skipped before it (`said on Friday`,
// `told reporters`, `في بيان`), the boundaries that end it (حيث، while, tandis que, `;`, `”, which`), the punctuation
// trimmed off it.
import { lowerBound, type ArticleContext } from './context.ts';
import { wordAt, wordForms } from './words.ts';

/** Includes the apostrophe an elided complementizer leaves: `qu'elle` starts the clause at `elle`. */
const LEADING = /^[\s,،:;؛—–'’-]+/u;
const TRAILING = /[\s.,،:;؛!?…]+$/u;
const RELATIVE_AFTER_QUOTE = /^\s*[,،]\s*(which|who|where|qui|dont|où|التي|الذي)(?![\p{L}])/iu;

/** `[start, end)` without spaces and punctuation at either end (closing quotation marks stay); null if nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const lead = slice.match(LEADING)?.[0].length ?? 0;
  const trail = slice.slice(lead).match(TRAILING)?.[0].length ?? 0;
  return end - trail > start + lead ? { start: start + lead, end: end - trail } : null;
}

/** Index of the first word from `i` that is not a time word, a skipped phrase or (for `told`) the listener. */
export function skipFrom(ctx: ArticleContext, i: number, limit: number, listener: boolean): number {
  const { words, lexicon, text } = ctx;
  const is = (k: number, set: Set<string>) => wordForms(words[k]?.folded ?? '', lexicon.arabic).some((f) => set.has(f));
  while (i < words.length && (words[i]?.start ?? limit) < limit) {
    if (is(i, lexicon.timeWords)) i++;
    else if (is(i, lexicon.timePrepositions) && is(i + 1, lexicon.timeWords)) i += 2;
    else if (listener && (/^\p{Lu}/u.test(text.slice(words[i]?.start ?? 0)) || /^(reporters|journalists)$/.test(words[i]?.folded ?? ''))) i++;
    else {
      const phrase = lexicon.skipPhrases.find((p) => p.every((w, k) => words[i + k]?.folded === w));
      if (!phrase) break;
      i += phrase.length;
    }
  }
  return i;
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
  for (let i = wordAt(words, from); i < words.length && (words[i]?.start ?? end) < end; i++) {
    if (quoted[words[i]?.start ?? 0]) continue;
    for (const spec of lexicon.boundaries) {
      const afterComma = spec.startsWith(',');
      const run = spec.replace(',', '').split('_');
      if (!wordForms(words[i]?.folded ?? '', lexicon.arabic).includes(run[0] ?? '')) continue;
      if (!run.every((w, k) => k === 0 || words[i + k]?.folded === w)) continue;
      const gap = text.slice(words[i - 1]?.end ?? from, words[i]?.start ?? end);
      if (afterComma && !/[,،]/.test(gap)) continue;
      end = Math.min(end, afterComma ? (words[i - 1]?.end ?? from) + gap.search(/[,،]/) : (words[i]?.start ?? end));
    }
  }
  return end;
}
