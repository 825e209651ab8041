// What each reporting frame says: the quotation it introduces or follows, else the reported clause — after أن/that/que
// or after the speaker, up to the next frame or a clause boundary (حيث، while, tandis que…), or, for "…, X said" and
// "…, according to X", the clause before it.
import type { Sentence } from '../schemas.ts';
import type { ArticleContext, Frame, Speaker } from './frames.ts';
import type { Quotation } from './quotes.ts';
import { wordAt, wordForms } from './words.ts';

export interface Statement {
  start: number;
  end: number;
  kind: 'quote' | 'reported';
  speaker: Speaker;
  /** The verb as written, or null for a quotation no verb introduces. */
  verb: string | null;
}

/** A clause made mostly of quotations (by length) is suggested as those quotations. */
const QUOTED_SHARE = 0.8;
/** Fewer words than this in quotation marks is a scare quote or a name: a statement only when a verb introduces it. */
export const MIN_QUOTE_WORDS = 3;
const MAX_ARABIC_SUBJECT = 8;
const ARABIC_WORD = /[\u0600-\u06ff]/;
const LEADING = /^[\s,،:;؛—–-]+/u;
const TRAILING = /[\s.,،:;؛!?…]+$/u;
const RELATIVE_AFTER_QUOTE = /^\s*[,،]\s*(which|who|where|qui|dont|où|التي|الذي)(?![\p{L}])/iu;

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const lead = slice.match(LEADING)?.[0].length ?? 0;
  const trail = slice.slice(lead).match(TRAILING)?.[0].length ?? 0;
  return end - trail > start + lead ? { start: start + lead, end: end - trail } : null;
}

/** Index of the first word from `i` that is not a time word, a skipped phrase or (for `told`) the listener. */
function skipFrom(ctx: ArticleContext, i: number, limit: number, listener: boolean): number {
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
function boundary(ctx: ArticleContext, from: number, limit: number): number {
  const { words, lexicon, text, quoted } = ctx;
  let end = limit;
  for (let k = from; k < end; k++) if ((text[k] === ';' || text[k] === '؛') && !quoted[k]) end = k;
  for (const quote of ctx.quotes) {
    if (quote.close >= from && quote.close < end && RELATIVE_AFTER_QUOTE.test(text.slice(quote.close + 1))) end = quote.close + 1;
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

export interface FrameStatements {
  statements: Statement[];
  /** Quotations the statements cover, so that they are not suggested again on their own. */
  covered: Quotation[];
}

function fromClause(ctx: ArticleContext, frame: Frame, start: number, limit: number, out: FrameStatements): void {
  const span = trimSpan(ctx.text, start, boundary(ctx, start, limit));
  if (!span) return;
  const inside = ctx.quotes.filter((q) => q.open >= span.start && q.close < span.end);
  const full = inside.filter((q) => q.words >= MIN_QUOTE_WORDS);
  const quotedLength = full.reduce((sum, q) => sum + q.end - q.start, 0);
  out.covered.push(...inside);
  const verb = verbText(ctx, frame);
  if (full.length > 0 && quotedLength >= QUOTED_SHARE * (span.end - span.start)) {
    for (const q of full) out.statements.push({ start: q.start, end: q.end, kind: 'quote', speaker: frame.speaker, verb });
  } else out.statements.push({ ...span, kind: 'reported', speaker: frame.speaker, verb });
}

function fromQuote(ctx: ArticleContext, frame: Frame, quote: Quotation, out: FrameStatements): void {
  out.covered.push(quote);
  out.statements.push({ start: quote.start, end: quote.end, kind: 'quote', speaker: frame.speaker, verb: verbText(ctx, frame) });
}

export function verbText(ctx: ArticleContext, frame: Frame): string {
  return ctx.text.slice(ctx.words[frame.first]?.start ?? 0, ctx.words[frame.last]?.end ?? 0);
}

/** Where the clause after a frame starts, or the quotation it introduces; null when it says nothing we can bound. */
function forward(ctx: ArticleContext, frame: Frame, limit: number): number | Quotation | null {
  const { words, lexicon, text, quoted } = ctx;
  const arabic = ARABIC_WORD.test(words[frame.first]?.folded ?? '');
  const is = (k: number, set: Set<string>) => wordForms(words[k]?.folded ?? '', lexicon.arabic).some((f) => set.has(f));
  const first = wordAt(words, frame.afterSubject);
  const listener = frame.entry.takesObject === true;
  // 1. A complementizer: after the subject in Arabic, after time words and the listener elsewhere.
  for (let i = first, seen = 0; i < words.length && (words[i]?.start ?? limit) < limit && !quoted[words[i]?.start ?? 0]; seen++) {
    if (/[,،;:«»“”"]/.test(text.slice(Math.max(words[i - 1]?.end ?? 0, frame.afterSubject), words[i]?.start ?? 0))) break;
    if (is(i, lexicon.subjectComplementizers)) return words[i]?.start ?? null;
    if (is(i, lexicon.complementizers)) return words[i]?.end ?? null;
    if (arabic) {
      if (seen >= MAX_ARABIC_SUBJECT) break;
      i++;
    } else {
      const next = skipFrom(ctx, i, limit, listener);
      if (next === i) break;
      i = next;
    }
  }
  // 2. A quotation after the subject and its circumstances: `قال X بعد …، “…”`, `said on Friday: “…”`.
  const skipped = skipFrom(ctx, first, limit, listener);
  const afterSkipped = skipped > first ? (words[skipped - 1]?.end ?? frame.afterSubject) : frame.afterSubject;
  const quote = ctx.quotes.find((q) => q.open >= frame.afterSubject && q.open < limit);
  if (quote) {
    const between = text.slice(afterSkipped, quote.open);
    // A quotation the clause goes on after (`s'est dite « prête » à reprendre…`) is only part of the statement.
    const rest = text.slice(quote.close + 1, boundary(ctx, quote.close + 1, limit));
    const introduced = /^[\s:,،]*$/u.test(between) || (arabic && /[,،:]\s*$/u.test(between));
    if (introduced && !/[\p{L}\p{N}]/u.test(rest)) return quote;
  }
  // 3. A colon, 4. the charge of an accusation, 5. what follows the verb or (Arabic) the named speaker.
  const colon = text.slice(afterSkipped).match(/^\s*:/);
  if (colon) return afterSkipped + colon[0].length;
  if (frame.kind === 'accuse' && arabic) {
    for (let i = first + 1; i < words.length && (words[i]?.start ?? limit) < limit; i++) {
      const word = words[i]?.folded ?? '';
      if (word.startsWith('ب') && word.length > 3) return words[i - 1]?.start ?? null;
    }
  }
  if (arabic && frame.subject !== 'after' && frame.kind !== 'accuse') return null;
  return afterSkipped;
}

/** True when nothing but time words and punctuation follow the frame up to `limit`: `…, Pashinyan said.` */
function endsClause(ctx: ArticleContext, frame: Frame, limit: number): boolean {
  const i = skipFrom(ctx, wordAt(ctx.words, frame.afterSubject), limit, false);
  return (ctx.words[i]?.start ?? limit) >= limit;
}

/** The statements of one sentence's frames; a frame that only confirms an earlier one lends it its speaker. */
export function statementsOf(ctx: ArticleContext, sentence: Sentence, frames: Frame[]): FrameStatements {
  const out: FrameStatements = { statements: [], covered: [] };
  const { text, words, lexicon } = ctx;
  let lastSpoken: { frame: Frame; statements: Statement[] } | null = null;
  frames.forEach((frame, k) => {
    if (frame.negated) return;
    const limit = frames[k + 1]?.edge ?? sentence.end;
    const before = text.slice(sentence.start, frame.edge).replace(/[\s,،]+$/u, '');
    const closing = ctx.quotes.find((q) => q.close === before.length + sentence.start - 1);
    const wordsBefore = words.slice(wordAt(words, sentence.start), wordAt(words, frame.edge));
    const leading = wordsBefore.every((w) => lexicon.conjunctions.has(w.folded));
    const trailing = frame.kind === 'according' ? !leading : closing !== undefined || (/[,،]$/u.test(text.slice(sentence.start, frame.edge).trim()) && endsClause(ctx, frame, limit));
    const count = out.statements.length;
    if (frame.passive) {
      fromClause(ctx, frame, sentence.start, sentence.end, out);
    } else if (trailing && lastSpoken && (!closing || out.covered.includes(closing))) {
      // "…, according to a Kremlin statement" after Putin's call: the same statement, perhaps now with a speaker.
      if (frame.speaker.sourceId !== null) for (const s of lastSpoken.statements) if (s.speaker.sourceId === null) Object.assign(s, { speaker: frame.speaker, verb: verbText(ctx, frame) });
      return;
    } else if (trailing) {
      if (closing) fromQuote(ctx, frame, closing, out);
      else fromClause(ctx, frame, sentence.start, frame.edge, out);
    } else if (frame.kind === 'according') {
      const comma = text.slice(frame.afterSubject, limit).search(/[,،]/);
      if (comma !== -1) fromClause(ctx, frame, frame.afterSubject + comma + 1, limit, out);
    } else {
      const start = forward(ctx, frame, limit);
      if (typeof start === 'number') fromClause(ctx, frame, start, limit, out);
      else if (start) fromQuote(ctx, frame, start, out);
    }
    if (out.statements.length > count) lastSpoken = { frame, statements: out.statements.slice(count) };
  });
  return out;
}
