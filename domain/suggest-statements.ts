// Suggests an article's attributed statements — quotations and reported speech, each with its likely speaker among the
// known sources — for a fact-checker to accept or reject with one key (issue 4). Pure: no I/O, same input, same list.
// The rules live in domain/suggestions/: quotes.ts, lexicons.ts (the reporting verbs per language), frames.ts (a verb
// and its auxiliaries), speakers.ts and nearby-sources.ts (who speaks), statements.ts and clause-bounds.ts (the span);
// tests/domain/suggest-statements.test.ts shows each rule on a small text, suggestion-quality.test.ts the gold scores.
import type { Sentence, Source, Suggestion } from './schemas.ts';
import { findSourceMentions, type MatchableSource, type SourceMention } from './source-match.ts';
import { inOfficeOn } from './source-directory.ts';
import { splitSentences } from './split-sentences.ts';
import { colonLead } from './suggestions/colon-leads.ts';
import { withCountryNames } from './suggestions/country-names.ts';
import { lowerBound, mentionsWithin, NOBODY, type ArticleContext, type Frame, type Speaker } from './suggestions/context.ts';
import { findFrames } from './suggestions/frames.ts';
import { OUTSIDE, withKnownSpeakers } from './suggestions/known-speakers.ts';
import { lexiconFor } from './suggestions/lexicons.ts';
import { findQuotes, type Quotation } from './suggestions/quotes.ts';
import { cueOf, MIN_QUOTE_WORDS, namesTitle, statementsOf, verbText, type Statement } from './suggestions/statements.ts';
import { foldedWords } from './suggestions/words.ts';
import { trimSpan } from './suggestions/clause-bounds.ts';

/** What matching needs of a source; `kind: 'government'` with a `country` also matches the country's name. */
export type SourceLike = MatchableSource & { kind?: string | undefined; country?: string | undefined };

/** The contract's Suggestion (domain/schemas.ts): span, exact text, suggested source, reason and key. */
export type { Suggestion };

/**
 * `start-end-hash`, the hash being FNV-1a of the exact text. Offsets alone would do once an article has claims (its
 * text is then locked), but a rejection may be recorded before the first claim, while the text can still be edited;
 * with the hash, a rejected key never silences a different statement that comes to sit at the same offsets.
 */
export function suggestionKey(start: number, end: number, exact: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < exact.length; i++) hash = Math.imul(hash ^ exact.charCodeAt(i), 0x01000193) >>> 0;
  return `${start}-${end}-${hash.toString(36)}`;
}

function sentenceAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

const HARD_BREAK = /[\n\r\u0085\u2028\u2029]/;

/**
 * True when a line break stands in the white space before `start`: the sentence opens a paragraph (stored text ends
 * a paragraph with `\n`). Scans only the white space, so over all sentences it reads each character once at most.
 */
export function opensParagraph(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && /\s/u.test(text[i] ?? ''); i--) if (HARD_BREAK.test(text[i] ?? '')) return true;
  return false;
}

/**
 * Whether a pronoun or a left-out subject in `sentence` may take the speaker of the sentence before: in the same
 * paragraph, or in a paragraph that opens with a quotation (`“…,” he added.`).
 */
function carriesSpeaker(ctx: ArticleContext, sentence: Sentence): boolean {
  if (!opensParagraph(ctx.text, sentence.start)) return true;
  let first = sentence.start;
  while (first < sentence.end && /\s/u.test(ctx.text[first] ?? '')) first++;
  return ctx.quotes[lowerBound(ctx.quotes, first, (q) => q.open)]?.open === first;
}

/** The frames of one sentence that are not negated, in text order, with their first word's offset. */
interface SpokenFrames {
  frames: Frame[];
  starts: number[];
}

function spokenFrames(ctx: ArticleContext, frames: Frame[]): SpokenFrames {
  const spoken = frames.filter((f) => !f.negated);
  return { frames: spoken, starts: spoken.map((f) => ctx.words[f.first]?.start ?? 0) };
}

/**
 * A quotation no frame claimed: spoken by the nearest frame of its own sentence (the earlier one on a tie), else by the
 * last frame of the sentence before, else unknown. Found by binary search: a sentence may hold thousands of frames.
 */
function orphan(ctx: ArticleContext, quote: Quotation, own: SpokenFrames, before: SpokenFrames | undefined): Statement {
  const after = lowerBound(own.starts, quote.open, (start) => start);
  const distance = (k: number) => Math.abs((own.starts[k] ?? Infinity) - quote.open);
  const nearest = after > 0 && distance(after - 1) <= distance(after) ? after - 1 : after;
  const ownFrame = own.frames[nearest];
  const frame = ownFrame ?? before?.frames.at(-1);
  const speaker = frame?.speaker ?? NOBODY;
  // Only the quotation marks found it when its speaker comes from the sentence before.
  return { start: quote.start, end: quote.end, kind: 'quote', speaker, verb: frame ? verbText(ctx, frame) : null, cue: ownFrame ? cueOf(ownFrame) : 'quote' };
}

/**
 * How sure a suggestion is, 0..1: quotation marks and a speech verb each make a statement likelier, a named speaker
 * (a source or someone outside them) makes the attribution likelier, a speaker carried over from an earlier sentence
 * a little less so.
 */
function confidence(kind: Statement['kind'], verb: string | null, speaker: Speaker, cue: Statement['cue']): number {
  let score = kind === 'quote' ? 0.4 : 0.3;
  if (verb !== null) score += 0.3;
  if (speaker.sourceId !== null) score += cue === 'inherited' ? 0.2 : 0.3;
  return Math.round(Math.min(1, score) * 100) / 100;
}

/** Keeps the first of overlapping statements (the longer one when two start together), in text order. */
function withoutOverlaps(statements: Statement[]): Statement[] {
  const sorted = [...statements].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Statement[] = [];
  for (const statement of sorted) if (statement.start >= (kept.at(-1)?.end ?? 0)) kept.push(statement);
  return kept;
}

/** Fewest words a sentence must have to be taken as the statement the next sentence attributes. */
const MIN_POINTED_WORDS = 5;

/**
 * `A helped reach peace. The press secretary Dmitry Peskov said in an interview with Rossiya-1.`: a sentence whose one
 * speech verb has a speaker but no clause (only the circumstance of the speech follows it) attributes the sentence
 * before it in the same paragraph, when that one has no frame, no quotation and no statement of its own.
 */
function pointsBack(ctx: ArticleContext, previous: Sentence | null, sentence: Sentence, frames: Frame[]): Statement | null {
  if (!previous || opensParagraph(ctx.text, sentence.start)) return null;
  const spoken = frames.filter((f) => !f.negated);
  const frame = spoken[0];
  if (spoken.length !== 1 || !frame || frame.kind !== 'say' || frame.subject === 'none' || frame.subject === 'joint') return null;
  if (ctx.quotes.some((q) => q.open >= previous.start && q.open < sentence.end && !namesTitle(ctx, q))) return null;
  const span = trimSpan(ctx.text, previous.start, previous.end);
  if (!span || (ctx.text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_POINTED_WORDS || ctx.text[previous.end - 1] === '?') return null;
  return { ...span, kind: 'reported', speaker: frame.speaker, verb: verbText(ctx, frame), cue: cueOf(frame) };
}

/** What is known of the article besides its text and language. */
export interface SuggestOptions {
  /** When it was published (`YYYY-MM-DD`, or `YYYY-MM`, `YYYY`): a person speaks for a source only while in the role. */
  date?: string | null | undefined;
}

/**
 * The attributed statements of `text` (stored form: NFC, `\n` line ends) in `language` (`ar`, `en`, `fr`; other
 * tags use the three word lists together), in text order and never overlapping. A quotation is suggested whoever
 * speaks it (`sourceId: null` when no source is found); reported speech only when a reporting verb frames it. With
 * `options.date`, the people of the sources' directory whose role dates leave it out name no source.
 */
export function suggestStatements(text: string, language: string, sources: readonly SourceLike[], options: SuggestOptions = {}): Suggestion[] {
  const quotes = findQuotes(text);
  const quoted = new Uint8Array(text.length);
  for (const quote of quotes) quoted.fill(1, quote.open, quote.close + 1);
  const countries = withCountryNames(sources.map((source) => inOfficeOn(source, options.date)), language);
  const known = withKnownSpeakers(countries.sources, countries.names);
  const mentions = findSourceMentions(text, known.sources).filter((m) => !quoted[m.start]);
  const ctx: ArticleContext = { text, words: foldedWords(text), quotes, quoted, mentions, places: known.places, lexicon: lexiconFor(language) };

  const sentences = splitSentences(text, language);
  let previousFrames: Frame[] = [];
  const spokenBySentence: SpokenFrames[] = [];
  const statements: Statement[] = [];
  const covered = new Set<Quotation>();
  let previousMentions: SourceMention[] = [];
  const allFrames: Frame[] = [];
  const silent: Sentence[] = [];
  // The last sentence, when it had no frame and no statement: a bare statement the next one may attribute.
  let previous: Sentence | null = null;
  for (const sentence of sentences) {
    const frames = findFrames(ctx, sentence, previousFrames, previousMentions, carriesSpeaker(ctx, sentence));
    const found = statementsOf(ctx, sentence, frames);
    for (const statement of found.statements) statements.push(statement);
    for (const frame of frames) allFrames.push(frame);
    if (found.statements.length === 0 && (sentence.start === 0 || opensParagraph(text, sentence.start))) silent.push(sentence);
    const back = found.statements.length === 0 && found.covered.size === 0 ? pointsBack(ctx, previous, sentence, frames) : null;
    if (back) statements.push(back);
    previous = found.statements.length === 0 && frames.length === 0 ? sentence : null;
    for (const quote of found.covered) covered.add(quote);
    previousFrames = frames;
    spokenBySentence.push(spokenFrames(ctx, frames));
    previousMentions = mentionsWithin(ctx, sentence.start, sentence.end);
  }

  // A headline or subheading with its speaker before a colon and no verb: `وزير الصحة: لم نهرب من المسؤولية`.
  for (const sentence of silent) {
    const lead = colonLead(ctx, sentence, allFrames);
    if (!lead) continue;
    statements.push(lead);
    for (const quote of quotes) if (quote.open >= lead.start - 1 && quote.close <= lead.end) covered.add(quote);
  }

  const starts = sentences.map((s) => s.start);
  for (const quote of quotes) {
    if (covered.has(quote) || quote.words < MIN_QUOTE_WORDS || namesTitle(ctx, quote)) continue;
    const index = sentenceAt(starts, quote.open);
    statements.push(orphan(ctx, quote, spokenBySentence[index] ?? spokenFrames(ctx, []), spokenBySentence[index - 1]));
  }

  return withoutOverlaps(statements).map(({ start, end, kind, speaker, verb, cue }) => {
    const exact = text.slice(start, end);
    const reason = { kind, verb, alias: speaker.alias, sentenceIndex: sentences[sentenceAt(starts, start)]?.index ?? 0 };
    const outside = speaker.sourceId?.startsWith(OUTSIDE) === true;
    const named = speaker.alias === null ? {} : { speaker: speaker.alias };
    const score = confidence(kind, verb, speaker, cue);
    return { start, end, exact, sourceId: outside ? null : speaker.sourceId, reason, key: suggestionKey(start, end, exact), ...named, score, cue };
  });
}
