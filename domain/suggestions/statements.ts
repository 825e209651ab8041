// What each reporting frame says: the quotation it introduces or follows, else the reported clause — after أن/that/que
// or after the speaker, up to the next frame or a clause boundary (حيث، while, tandis que…), or, for "…, X said" and
// "…, according to X", the clause before it.
import type { Sentence, Suggestion } from '../schemas.ts';
import { ARABIC_WORD, charBefore, isIn, lowerBound, quoteClosingAt, type ArticleContext, type Frame, type Speaker } from './context.ts';
import { isRolePhrase } from './known-speakers.ts';
import type { Quotation } from './quotes.ts';
import { clauseEnd, skipFrom, trimSpan } from './clause-bounds.ts';
import { wordAt, wordForms } from './words.ts';

export interface Statement {
  start: number;
  end: number;
  kind: 'quote' | 'reported';
  speaker: Speaker;
  /** The verb as written, or null for a quotation no verb introduces. */
  verb: string | null;
  /** What found it (issue 17, item 4). */
  cue: Cue;
}

export type Cue = NonNullable<Suggestion['cue']>;

/** The cue of a frame's statements: how its speaker was found, else the verb itself. */
export function cueOf(frame: Frame): Cue {
  if (frame.kind === 'according') return 'according-to';
  if (frame.subject === 'inherited') return 'inherited';
  return isRolePhrase(frame.speaker.alias) ? 'role-phrase' : 'speech-verb';
}

/** A clause made mostly of quotations (by length) is suggested as those quotations. */
const QUOTED_SHARE = 0.8;
/** Fewer words than this in quotation marks is a scare quote or a name: a statement only when a verb introduces it. */
export const MIN_QUOTE_WORDS = 3;
const MAX_ARABIC_SUBJECT = 8;
/**
 * Words an Arabic speaker, its appositions and a circumstance may take between the verb and a complementizer after a
 * comma, or a colon: `وأشارت الوزيرة، خلال مداخلة هاتفية مع برنامج … مساء الثلاثاء، إلى أن…`.
 */
const MAX_ARABIC_CIRCUMSTANCE = 30;
/** Words a listener may take before `that`: `told the Armenian parliament that`. */
const MAX_LISTENER = 5;
/** Words a circumstance may take between a verb and `that`: `said in a televised speech on Sunday that`. */
const MAX_CIRCUMSTANCE = 8;

/**
 * The complementizer that ends a circumstance opened by a preposition at word `i` (`in a speech that`), within a few
 * words and with no punctuation, quotation or other verb on the way; -1 when there is none.
 */
function afterCircumstance(ctx: ArticleContext, i: number, limit: number): number {
  const { words, lexicon, text, quoted } = ctx;
  if (!lexicon.circumstancePrepositions.has(words[i]?.folded ?? '')) return -1;
  for (let k = i + 1; k <= i + MAX_CIRCUMSTANCE && (words[k]?.start ?? limit) < limit; k++) {
    if (quoted[words[k]?.start ?? 0] || /[,،;:«»“”"‘]/.test(text.slice(words[k - 1]?.end ?? 0, words[k]?.start ?? 0))) return -1;
    if (lexicon.complementizers.has(words[k]?.folded ?? '')) return k;
  }
  return -1;
}
/** French partitive articles, which open a noun phrase as determiners do: `a annoncé des mesures`. */
const PARTITIVES = new Set(['des', 'du']);
/** A reported clause shorter than this (`denied the claim`, `نفت ذلك`) points back at a statement and says nothing. */
const MIN_CLAUSE_WORDS = 3;

export interface FrameStatements {
  statements: Statement[];
  /** Quotations the statements cover, so that they are not suggested again on their own. */
  covered: Set<Quotation>;
}

function fromClause(ctx: ArticleContext, frame: Frame, start: number, limit: number, out: FrameStatements): void {
  const span = trimSpan(ctx.text, start, clauseEnd(ctx, start, limit));
  if (!span) return;
  const inside: Quotation[] = [];
  for (let k = lowerBound(ctx.quotes, span.start, (q) => q.open); (ctx.quotes[k]?.close ?? Infinity) < span.end; k++) inside.push(ctx.quotes[k] as Quotation);
  const full = inside.filter((q) => q.words >= MIN_QUOTE_WORDS);
  const quotedLength = full.reduce((sum, q) => sum + q.end - q.start, 0);
  for (const q of inside) out.covered.add(q);
  const verb = verbText(ctx, frame);
  if (full.length === 0 && (ctx.text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_CLAUSE_WORDS) return;
  if (full.length > 0 && quotedLength >= QUOTED_SHARE * (span.end - span.start)) {
    for (const q of full) out.statements.push({ start: q.start, end: q.end, kind: 'quote', speaker: frame.speaker, verb, cue: cueOf(frame) });
  } else out.statements.push({ ...span, kind: 'reported', speaker: frame.speaker, verb, cue: cueOf(frame) });
}

function fromQuote(ctx: ArticleContext, frame: Frame, quote: Quotation, out: FrameStatements): void {
  out.covered.add(quote);
  out.statements.push({ start: quote.start, end: quote.end, kind: 'quote', speaker: frame.speaker, verb: verbText(ctx, frame), cue: cueOf(frame) });
}

/**
 * A quotation that names a title (`the “Moscow. Kremlin. Putin” program`, `le « plan Marshall » européen`): a
 * determiner just before it and a word just after it, with no punctuation between.
 */
export function namesTitle(ctx: ArticleContext, quote: Quotation): boolean {
  const { words, lexicon, text } = ctx;
  const k = wordAt(words, quote.open) - 1;
  const before = words[k];
  if (!before || !isIn(lexicon.determiners, before, lexicon) || !/^\s*$/u.test(text.slice(before.end, quote.open))) return false;
  return /^\s*[\p{L}\p{N}]/u.test(text.slice(quote.close + 1, quote.close + 4));
}

export function verbText(ctx: ArticleContext, frame: Frame): string {
  return ctx.text.slice(ctx.words[frame.first]?.start ?? 0, ctx.words[frame.last]?.end ?? 0);
}

/**
 * The quotation a clause opens with, when all that follows it is shorter than it (the reporter's circumstance:
 * `noted that “…” in connection with the incident`); null otherwise. Same rule as a quotation after the speaker.
 */
function quotedClause(ctx: ArticleContext, start: number, limit: number): { quote: Quotation; introduced: true } | null {
  const quote = ctx.quotes[lowerBound(ctx.quotes, start, (q) => q.open)];
  if (!quote || quote.open >= limit || !/^\s*$/u.test(ctx.text.slice(start, quote.open)) || quote.words < MIN_QUOTE_WORDS) return null;
  const rest = ctx.text.slice(quote.close + 1, clauseEnd(ctx, quote.close + 1, limit));
  const restWords = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return restWords < quote.words ? { quote, introduced: true } : null;
}

/**
 * Where the clause after a frame starts, or the quotation it introduces; `introduced` when a complementizer, a colon
 * or a quotation marks it (then the frame is not the tail of a quotation before it). Null when nothing can be bounded.
 */
type Forward = { start: number; introduced: boolean } | { quote: Quotation; introduced: true } | null;

function forward(ctx: ArticleContext, frame: Frame, limit: number): Forward {
  const { words, lexicon, text, quoted } = ctx;
  const arabic = ARABIC_WORD.test(words[frame.first]?.folded ?? '');
  const is = (k: number, set: Set<string>) => wordForms(words[k]?.folded ?? '', lexicon.arabic).some((f) => set.has(f));
  const first = wordAt(words, frame.afterSubject);
  const listener = frame.entry.takesObject === true;
  // 1. A complementizer: after the subject in Arabic, after time words and the listener elsewhere.
  for (let i = first, seen = 0; i < words.length && (words[i]?.start ?? limit) < limit && !quoted[words[i]?.start ?? 0]; seen++) {
    const gap = text.slice(Math.max(words[i - 1]?.end ?? 0, frame.afterSubject), words[i]?.start ?? 0);
    // Time words set off by commas stay outside the clause: `نيكول باشينيان، الأحد، إن`, `said, on Sunday, that`.
    const timeAside = /^[\s,،]*$/u.test(gap) && (is(i, lexicon.timeWords) || is(i - 1, lexicon.timeWords));
    // In Arabic a named speaker takes appositions set off by commas: `وزير الصحة، سعد جابر، الجمعة، إنه`.
    const apposition = arabic && /^[\s,،]*$/u.test(gap);
    if (/[,،;:«»“”"‘]/.test(gap) && !timeAside && !apposition) break;
    if (is(i, lexicon.subjectComplementizers)) return { start: words[i]?.start ?? 0, introduced: true };
    if (is(i, lexicon.complementizers)) return quotedClause(ctx, words[i]?.end ?? 0, limit) ?? { start: words[i]?.end ?? 0, introduced: true };
    if (arabic) {
      if (seen >= MAX_ARABIC_SUBJECT) break;
      i++;
    } else {
      const next = skipFrom(ctx, i, limit, listener);
      const circumstance = next > i ? -1 : afterCircumstance(ctx, i, limit);
      if (next > i) i = next;
      else if (circumstance > i) i = circumstance;
      else if (listener && seen < MAX_LISTENER) i++;
      else break;
    }
  }
  // 1b. In Arabic, a complementizer after a comma that ends a long apposition or circumstance.
  if (arabic) {
    const after = complementizerAfterComma(ctx, first, limit);
    if (after !== null) return after;
  }
  // 2. A quotation after the subject and its circumstances: `قال X بعد …، “…”`, `said on Friday: “…”`.
  const skipped = skipFrom(ctx, first, limit, listener);
  const afterSkipped = skipped > first ? (words[skipped - 1]?.end ?? frame.afterSubject) : frame.afterSubject;
  const quote = ctx.quotes[lowerBound(ctx.quotes, frame.afterSubject, (q) => q.open)];
  if (quote && quote.open < limit) {
    const between = text.slice(afterSkipped, quote.open);
    // A quotation the clause goes on after (`s'est dite « prête » à reprendre…`) is only part of the statement.
    const rest = text.slice(quote.close + 1, clauseEnd(ctx, quote.close + 1, limit));
    const introduced = /^[\s:,،]*$/u.test(between) || (arabic && /[,،:]\s*$/u.test(between));
    // Fewer words after a quotation than in it are the reporter's circumstances: `وقال «…» في مؤتمر صحافي`.
    const restWords = rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (introduced && (restWords === 0 || (quote.words >= MIN_QUOTE_WORDS && restWords < quote.words))) return { quote, introduced: true };
  }
  // A colon after an Arabic subject of a few words: `وتابع وزير الصحة والسكان: ليس لدينا ما نخفيه`.
  if (arabic) {
    const colon = colonAfterSubject(ctx, first, frame.afterSubject, limit);
    if (colon !== -1) return quotedClause(ctx, colon + 1, limit) ?? { start: colon + 1, introduced: true };
  }
  // What follows a verb that reports only when introduced is not its statement: `تابع الوضع عن كثب`.
  if (frame.entry.needsIntro) return null;
  // An Arabic participle's clause after its preposition: `لافتاً إلى وجود معلومات…`.
  if (arabic && frame.kind === 'participle' && skipped > first && words[first]?.folded === 'الي') return { start: afterSkipped, introduced: true };
  // 3. A colon, 4. the charge of an accusation, 5. what follows the verb or (Arabic) the named speaker.
  let colon = afterSkipped;
  while (colon < limit && /\s/u.test(text[colon] ?? '')) colon++;
  if (text[colon] === ':') return { start: colon + 1, introduced: true };
  // `a annoncé hier un cessez-le-feu`, `announced a new curfew`: a noun phrase after the verb is the act announced.
  if (frame.entry.namesAct && !arabic && (isIn(lexicon.determiners, words[skipped], lexicon) || PARTITIVES.has(words[skipped]?.folded ?? ''))) return null;
  if (frame.kind === 'accuse' && arabic) {
    for (let i = first + 1; i < words.length && (words[i]?.start ?? limit) < limit; i++) {
      const word = words[i]?.folded ?? '';
      if (word.startsWith('ب') && word.length > 3) return { start: words[i - 1]?.start ?? 0, introduced: false };
    }
  }
  if (arabic && frame.subject !== 'after' && frame.kind !== 'accuse') return null;
  // `said during a press briefing`, `a déclaré devant la presse`: only the circumstance of the speech follows.
  // A noun phrase follows the preposition (`at least 41…` is no circumstance).
  const opensPhrase = isIn(lexicon.determiners, words[skipped + 1], lexicon) || isIn(lexicon.determiners, words[skipped + 2], lexicon);
  // After a skipped phrase (`said in an interview with Rossiya-1`) the preposition goes on with the same circumstance.
  if (!arabic && isIn(lexicon.circumstanceOnly, words[skipped], lexicon) && (opensPhrase || skipped > first)) return null;
  return { start: afterSkipped, introduced: false };
}

/**
 * Where the clause starts when, within MAX_ARABIC_CIRCUMSTANCE words after an Arabic verb, a comma is followed by a
 * complementizer (`، أن`, `، إنه`, `، إلى أن`): the speaker, its titles and the circumstance of the speech (`خلال
 * مؤتمر صحفي …`) come between, set off by commas. Null when a sentence mark, a colon or a quotation of MIN_QUOTE_WORDS
 * words or more comes first (a name in quotation marks, `"زايد"`, is no quotation).
 */
function complementizerAfterComma(ctx: ArticleContext, first: number, limit: number): { start: number; introduced: true } | { quote: Quotation; introduced: true } | null {
  const { words, lexicon, text, quoted } = ctx;
  const is = (k: number, set: Set<string>) => wordForms(words[k]?.folded ?? '', lexicon.arabic).some((f) => set.has(f));
  for (let i = first; i <= first + MAX_ARABIC_CIRCUMSTANCE && (words[i]?.start ?? limit) < limit; i++) {
    const word = words[i];
    if (!word) break;
    const gap = text.slice(words[i - 1]?.end ?? word.start, word.start);
    if (/[;؛:.!?؟]/.test(gap)) return null;
    if (quoted[word.start]) {
      const quote = ctx.quotes[lowerBound(ctx.quotes, word.start + 1, (q) => q.close) ];
      if (!quote || quote.words >= MIN_QUOTE_WORDS) return null;
      continue;
    }
    if (!/[,،]/.test(gap)) continue;
    const k = words[i]?.folded === 'الي' ? i + 1 : i;
    if (k !== i && !/^\s*$/u.test(text.slice(word.end, words[k]?.start ?? word.end))) continue;
    if (is(k, lexicon.subjectComplementizers)) return { start: words[k]?.start ?? 0, introduced: true };
    if (is(k, lexicon.complementizers)) return quotedClause(ctx, words[k]?.end ?? 0, limit) ?? { start: words[k]?.end ?? 0, introduced: true };
  }
  return null;
}

/**
 * The colon that ends an Arabic subject and its circumstance, at most MAX_ARABIC_CIRCUMSTANCE words after the verb
 * (commas allowed between them, for titles and appositions), or -1 when other punctuation or a quotation comes first.
 */
function colonAfterSubject(ctx: ArticleContext, first: number, from: number, limit: number): number {
  const { words, text, quoted } = ctx;
  let at = from;
  for (let i = first; i <= first + MAX_ARABIC_CIRCUMSTANCE; i++) {
    const next = Math.min(words[i]?.start ?? limit, limit);
    const gap = text.slice(at, next);
    const colon = gap.search(/[:：]/);
    if (colon !== -1) return /[;؛«»“”"‘(]/.test(gap.slice(0, colon)) ? -1 : at + colon;
    if (next >= limit || quoted[next] || /[;؛«»“”"‘.!?؟]/.test(gap)) return -1;
    at = words[i]?.end ?? limit;
  }
  return -1;
}

/** True when nothing but time words, a listener and punctuation follow the frame: `…, Pashinyan said.`, `…, X told reporters.` */
function endsClause(ctx: ArticleContext, frame: Frame, limit: number): boolean {
  const i = skipFrom(ctx, wordAt(ctx.words, frame.afterSubject), limit, frame.entry.takesObject === true);
  return (ctx.words[i]?.start ?? limit) >= limit;
}

/**
 * How a frame relates to the text before it: the quotation it closes (`“…,” it said`), a clause it closes
 * (`…, Pashinyan said.`, `…, according to X`), or neither. A frame that introduces a statement of its own
 * (`“…”، مشيرا إلى أن…`) closes nothing.
 */
function closes(ctx: ArticleContext, sentence: Sentence, frame: Frame, limit: number, ahead: Forward, contentStart: number, first: boolean): Quotation | 'clause' | null {
  const { text, words, lexicon } = ctx;
  const lastMark = charBefore(text, sentence.start, frame.edge, /[\s,،]/u);
  const found = lastMark >= sentence.start ? quoteClosingAt(ctx, lastMark) : undefined;
  // A quotation inside the clause (`The gain is that “guns are silent”, according to X`, `Ce cessez-le-feu est « un
  // piège », a dénoncé X`): the frame closes the whole clause, not just the quoted words.
  const closing = found && first && quoteInsideClause(ctx, sentence, found) ? undefined : found;
  if (found && !closing && !ahead?.introduced) return 'clause';
  // Nothing but conjunctions before it: `And according to X, …` opens its sentence and closes nothing.
  if (frame.kind === 'according') return contentStart >= frame.edge ? null : (closing ?? 'clause');
  if (ahead?.introduced) return null;
  if (closing) return words.slice(wordAt(words, closing.close), frame.first).some((w) => lexicon.conjunctions.has(w.folded)) ? null : closing;
  const lastChar = charBefore(text, sentence.start, frame.edge, /\s/u);
  // An inversion with no comma (`… a indiqué la présidence russe.`, speakers.ts) closes the clause all the same.
  const inverted = frame.subject === 'after' && !ARABIC_WORD.test(words[frame.first]?.folded ?? '') && lastChar >= sentence.start;
  return (/[,،]/.test(text[lastChar] ?? '') || inverted) && endsClause(ctx, frame, limit) ? 'clause' : null;
}

/**
 * True when words of the sentence (other than conjunctions) stand before the quotation and do not introduce it with a
 * colon or a comma: the quotation is part of a clause (`The gain is “…”`), not a statement on its own.
 */
function quoteInsideClause(ctx: ArticleContext, sentence: Sentence, quote: Quotation): boolean {
  const before = ctx.text.slice(contentStartOf(ctx, sentence), quote.open);
  return /[\p{L}\p{N}]/u.test(before) && !/[:,،;«»“”"]\s*$/u.test(before);
}

/**
 * The quotation that ends an object clause after `as` / `comme` (`described the situation as “very difficult”`,
 * `a qualifié la trêve comme « fragile »`): what was said is the quoted qualification, not the reporter's object.
 */
function quoteAfterAs(ctx: ArticleContext, start: number, limit: number): Quotation | undefined {
  const { words, lexicon, text } = ctx;
  const end = clauseEnd(ctx, start, limit);
  const k = lowerBound(ctx.quotes, start, (q) => q.open);
  const quote = ctx.quotes[k];
  if (!quote || quote.close >= end || ctx.quotes[k + 1]?.open !== undefined && (ctx.quotes[k + 1]?.open ?? end) < end) return undefined;
  if (!/^[\s.,،]*$/u.test(text.slice(quote.close + 1, end))) return undefined;
  const before = words[wordAt(words, quote.open) - 1];
  return before && before.start >= start && isIn(lexicon.qualifiers, before, lexicon) && /^\s*$/u.test(text.slice(before.end, quote.open)) ? quote : undefined;
}

/**
 * True when the frame is a condition: `if` / `si` just before it or its named subject, or `s'` elided before `il`
 * (`S'il estime que le débat s'est bien passé, il regrette…`).
 */
function conditional(ctx: ArticleContext, sentence: Sentence, frame: Frame): boolean {
  const { words, lexicon } = ctx;
  const w = wordAt(words, frame.edge);
  const before = w > wordAt(words, sentence.start) ? words[w - 1] : undefined;
  if (isIn(lexicon.conditionals, before, lexicon)) return true;
  return lexicon.conditionals.has('si') && words[w]?.folded === 's' && isIn(lexicon.pronouns, words[w + 1], lexicon) && w + 1 < frame.first;
}

/** The first comma or semicolon outside quotation marks in `[from, limit)`, else `limit`. */
function firstComma(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (/[,،;؛]/.test(text[i] ?? '')) return i;
  return limit;
}

/** Where the first word of the sentence that is not a conjunction starts; Infinity if there is none. */
function contentStartOf(ctx: ArticleContext, sentence: Sentence): number {
  const { words, lexicon } = ctx;
  let i = wordAt(words, sentence.start);
  while ((words[i]?.start ?? Infinity) < sentence.end && lexicon.conjunctions.has(words[i]?.folded ?? '')) i++;
  return words[i]?.start ?? Infinity;
}

/** The statements of one sentence's frames; a frame that only confirms an earlier one lends it its speaker. */
export function statementsOf(ctx: ArticleContext, sentence: Sentence, frames: Frame[]): FrameStatements {
  const out: FrameStatements = { statements: [], covered: new Set() };
  // Found once per sentence, not once per frame: a sentence may hold thousands of `according to` frames.
  const contentStart = contentStartOf(ctx, sentence);
  let earlier: Statement[] | null = null;
  frames.forEach((frame, k) => {
    if (frame.negated) return;
    const next = frames[k + 1]?.edge ?? sentence.end;
    const condition = conditional(ctx, sentence, frame);
    const limit = condition ? firstComma(ctx.text, frame.afterSubject, next) : next;
    // `S'il estime que A, Macron regrette que B`: the pronoun of the condition is the main clause's subject.
    const main = frames[k + 1];
    if (condition && frame.subject === 'inherited' && frame.speaker.sourceId === null && main && !main.negated) frame.speaker = main.speaker;
    const ahead = frame.kind === 'according' || frame.passive ? null : forward(ctx, frame, limit);
    const closed = frame.passive ? null : closes(ctx, sentence, frame, limit, ahead, contentStart, k === 0);
    const count = out.statements.length;
    if (closed && earlier && (closed === 'clause' || out.covered.has(closed))) {
      // "…, according to a Kremlin statement" after Putin's call: the same statement, perhaps now with a speaker.
      if (frame.speaker.sourceId === null) return;
      for (const s of earlier) if (s.speaker.sourceId === null) Object.assign(s, { speaker: frame.speaker, verb: verbText(ctx, frame), cue: cueOf(frame) });
      // All have a speaker now: later frames that confirm them have nothing to lend (and need not go over them again).
      earlier = [];
      return;
    }
    // A clause before the frame starts after the frame before it, if any: `A, X said, B, Y said`.
    const clauseStart = frames[k - 1]?.afterSubject ?? sentence.start;
    if (frame.passive) fromClause(ctx, frame, clauseStart, limit, out);
    else if (closed === 'clause') fromClause(ctx, frame, clauseStart, frame.edge, out);
    else if (closed) fromQuote(ctx, frame, closed, out);
    else if (frame.kind === 'according') {
      const comma = ctx.text.slice(frame.afterSubject, limit).search(/[,،]/);
      if (comma !== -1) fromClause(ctx, frame, frame.afterSubject + comma + 1, limit, out);
    } else if (ahead && 'quote' in ahead) fromQuote(ctx, frame, ahead.quote, out);
    else if (ahead && !ahead.introduced && quoteAfterAs(ctx, ahead.start, limit)) fromQuote(ctx, frame, quoteAfterAs(ctx, ahead.start, limit) as Quotation, out);
    else if (ahead) fromClause(ctx, frame, ahead.start, limit, out);
    if (out.statements.length > count) earlier = out.statements.slice(count);
  });
  return out;
}
