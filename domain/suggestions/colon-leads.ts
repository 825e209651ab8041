// Headlines and subheadings that give a statement with no verb, its speaker before a colon: `وزير الصحة: لم نهرب من
// المسؤولية`, `Ministry of Health: cases fell in May`, `Le porte-parole : « Rien n'est décidé »`. A line that opens a
// paragraph, a few words with no verb, then a colon; the words are a speaker when they name a source, hold a noun of
// office (minister, spokesman, وزير, porte-parole…) or are a name the article makes the subject of a speech verb.
import type { Sentence } from '../schemas.ts';
import { isIn, lowerBound, mentionsWithin, type ArticleContext, type Frame, type Speaker } from './context.ts';
import { isRolePhrase } from './known-speakers.ts';
import { isPlace, named } from './nearby-sources.ts';
import type { Quotation } from './quotes.ts';
import type { Statement } from './statements.ts';
import { trimSpan } from './clause-bounds.ts';
import { wordAt, wordForms } from './words.ts';

/** Most words a speaker before a headline's colon takes: `الناطق باسم الحكومة`, `Yemen's Ministry of Health`. */
const MAX_LEAD_WORDS = 5;
/** Fewer words after the colon is a label (`Source: AFP`, `Photo : X`), not a statement. */
const MIN_REST_WORDS = 3;
/** Words after an Arabic verb, or around an English or French one, where its named subject stands. */
const SUBJECT_WINDOW = 8;
/** Punctuation the speaker before the colon may not hold: it is then a sentence, not a name. */
const NOT_A_LEAD = /[,،;؛.!?؟«»“”"(\[]/u;

/** The colon ending the lead of the line at `start`, or -1: not a time (`10:30`), within MAX_LEAD_WORDS words. */
function leadColon(ctx: ArticleContext, start: number, end: number): number {
  const { text, words } = ctx;
  for (let i = start; i < end && text[i] !== '\n'; i++) {
    const c = text[i] ?? '';
    if (c === ':' || c === '：') {
      if (/\p{N}/u.test(text[i + 1] ?? '')) return -1;
      const count = wordAt(words, i) - wordAt(words, start);
      return count >= 1 && count <= MAX_LEAD_WORDS ? i : -1;
    }
    if (NOT_A_LEAD.test(c) || ctx.quoted[i]) return -1;
  }
  return -1;
}

/** The folded words of `[from, to)`. */
function foldedRun(ctx: ArticleContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = wordAt(ctx.words, from); (ctx.words[k]?.end ?? Infinity) <= to; k++) out.push(ctx.words[k]?.folded ?? '');
  return out;
}

/** True when `run` stands, word for word, in `words[from, to)`. */
function standsIn(ctx: ArticleContext, run: string[], from: number, to: number): boolean {
  const { words, lexicon } = ctx;
  for (let k = Math.max(0, from); k + run.length <= to; k++) {
    if (run.every((w, j) => wordForms(words[k + j]?.folded ?? '', lexicon.arabic).includes(w))) return true;
  }
  return false;
}

/**
 * True when the article makes `run` (a name) the subject of one of `frames` outside the headline: after an Arabic
 * verb, before its complementizer (`أشار وزير الصحة فراس أبيض، إلى أنه`), or next to an English or French one
 * (`Pashinyan said`, `a déclaré Nikol Pachinian`).
 */
function speaksElsewhere(ctx: ArticleContext, run: string[], frames: Frame[], lineEnd: number): boolean {
  const { words, lexicon } = ctx;
  for (const frame of frames) {
    if (frame.negated || (words[frame.first]?.start ?? 0) < lineEnd) continue;
    let stop = frame.last + 1;
    while (stop < frame.last + 1 + SUBJECT_WINDOW && stop < words.length && !isIn(lexicon.complementizers, words[stop], lexicon) && !isIn(lexicon.subjectComplementizers, words[stop], lexicon)) stop++;
    if (standsIn(ctx, run, frame.last + 1, stop)) return true;
    if (!lexicon.arabic && standsIn(ctx, run, wordAt(words, frame.edge) - 3, frame.first)) return true;
  }
  return false;
}

/**
 * The statement of a line that opens a paragraph with a speaker, a colon and what was said, with its speaker; null
 * when the line is anything else. `frames` are the article's, to tell a name that speaks from a topic label.
 */
export function colonLead(ctx: ArticleContext, sentence: Sentence, frames: Frame[]): Statement | null {
  const { text, words } = ctx;
  let start = sentence.start;
  while (start < sentence.end && /\s/u.test(text[start] ?? '')) start++;
  const colon = leadColon(ctx, start, sentence.end);
  if (colon === -1) return null;
  if (frames.some((f) => (words[f.first]?.start ?? -1) >= start && (words[f.first]?.start ?? Infinity) < colon)) return null;
  const newline = text.indexOf('\n', colon);
  const lineEnd = newline === -1 || newline > sentence.end ? sentence.end : newline;
  // A trailing note in brackets is the site's (`(فيديو)`, `(video)`), not the speaker's.
  const rest = text.slice(colon + 1, lineEnd).replace(/\s*\([^()]*\)\s*$/u, '');
  const span = trimSpan(text, colon + 1, colon + 1 + rest.length);
  if (!span || (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_REST_WORDS) return null;
  const quote: Quotation | undefined = ctx.quotes[lowerBound(ctx.quotes, span.start, (q) => q.open)];
  const quoted = quote !== undefined && quote.open === span.start && quote.close + 1 >= span.end - 1;
  const speaker = leadSpeaker(ctx, start, colon, quoted, frames, lineEnd);
  if (!speaker) return null;
  const cue = isRolePhrase(speaker.alias) ? 'role-phrase' : 'speech-verb';
  if (quoted) return { start: quote.start, end: quote.end, kind: 'quote', speaker, verb: null, cue };
  return { ...span, kind: 'reported', speaker, verb: null, cue };
}

/**
 * Who speaks in the lead `[from, to)`: a source it names, else the lead itself when it holds a noun of office or is a
 * name the article makes a speaker; null for a topic label (`Santé : …`, `كأس العالم: …`).
 */
function leadSpeaker(ctx: ArticleContext, from: number, to: number, isQuote: boolean, frames: Frame[], lineEnd: number): Speaker | null {
  const { lexicon } = ctx;
  const alias = ctx.text.slice(from, to).trim();
  // A country or a capital before a colon is more often the topic (`Arménie : …`) than the speaker, unless it is quoted.
  const mention = mentionsWithin(ctx, from, to).find((m) => isQuote || !isPlace(ctx, m));
  if (mention) return named(mention);
  const run = foldedRun(ctx, from, to);
  if (run.length === 0 || run.some((w) => /\p{N}/u.test(w))) return null;
  if (run.some((w) => wordForms(w, lexicon.arabic).some((f) => lexicon.roleNouns.has(f)))) return { sourceId: null, alias };
  return speaksElsewhere(ctx, run, frames, lineEnd) ? { sourceId: null, alias } : null;
}
