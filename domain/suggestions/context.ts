// What the suggestion rules share about one article: its folded words, quotations and source mentions, the word
// lists for its language, and the reporting frames found in it.
import type { SourceMention } from '../source-match.ts';
import type { FrameKind, Lexicon, VerbEntry } from './lexicons.ts';
import type { Quotation } from './quotes.ts';
import { wordForms, type Word } from './words.ts';

export interface ArticleContext {
  text: string;
  words: Word[];
  quotes: Quotation[];
  /** 1 for every offset from an opening to a closing quotation mark. */
  quoted: Uint8Array;
  /** Source mentions outside quotations: what a quote mentions is not who speaks it. */
  mentions: SourceMention[];
  /** Match keys of the aliases that are places (countries, capitals): speakers only as a speech verb's subject. */
  places: Set<string>;
  lexicon: Lexicon;
}

export interface Speaker {
  sourceId: string | null;
  /** The alias that named the source, as the source spells it. */
  alias: string | null;
}

export const NOBODY: Speaker = { sourceId: null, alias: null };

/**
 * How the speaker was found: named before or after the verb, `joint` (a source named with another party: `Baku and
 * Yerevan said`), `inherited` (pronoun, left-out subject, participle), `explicit` (a subject that is no known source).
 */
export type SubjectKind = 'before' | 'after' | 'joint' | 'inherited' | 'explicit' | 'none';

export interface Frame {
  kind: FrameKind;
  entry: VerbEntry;
  /** Indexes in `words` of the verb's first and last word. */
  first: number;
  last: number;
  /** Where the frame starts on the left: its auxiliaries, negation, conjunction and a speaker named before the verb. */
  edge: number;
  /** After the speaker named after the verb, else after the verb. */
  afterSubject: number;
  negated: boolean;
  passive: boolean;
  speaker: Speaker;
  subject: SubjectKind;
}

export const ARABIC_WORD = /[\u0600-\u06ff]/;

export function isIn(set: Set<string>, word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && wordForms(word.folded, lexicon.arabic).some((form) => set.has(form));
}

/** Index of the first item whose `key` is at least `value`, the items being sorted by it; `items.length` if none. */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Mentions lying within `[from, to)`, in order (mentions never overlap, so both ends are sorted). */
export function mentionsWithin(ctx: ArticleContext, from: number, to: number): SourceMention[] {
  const found: SourceMention[] = [];
  for (let k = lowerBound(ctx.mentions, from, (m) => m.start); k < ctx.mentions.length; k++) {
    const mention = ctx.mentions[k];
    if (!mention || mention.end > to) break;
    found.push(mention);
  }
  return found;
}

/** The mention ending exactly at `end`, if any. */
export function mentionEndingAt(ctx: ArticleContext, end: number): SourceMention | undefined {
  const mention = ctx.mentions[lowerBound(ctx.mentions, end, (m) => m.end)];
  return mention?.end === end ? mention : undefined;
}

/** The first mention starting at or after `offset`, if any. */
export function mentionStartingAfter(ctx: ArticleContext, offset: number): SourceMention | undefined {
  return ctx.mentions[lowerBound(ctx.mentions, offset, (m) => m.start)];
}

/** The quotation closing exactly at `close`, if any (top-level quotations never overlap). */
export function quoteClosingAt(ctx: ArticleContext, close: number): Quotation | undefined {
  const quote = ctx.quotes[lowerBound(ctx.quotes, close, (q) => q.close)];
  return quote?.close === close ? quote : undefined;
}

/** Index of the last character before `edge` and not before `from` that `skip` does not match; below `from` if none. */
export function charBefore(text: string, from: number, edge: number, skip: RegExp): number {
  let i = edge - 1;
  while (i >= from && skip.test(text[i] ?? '')) i--;
  return i;
}
