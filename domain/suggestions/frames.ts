// Reporting frames: a reporting verb outside quotation marks and who it is that speaks — a source named next to the
// verb (after it in Arabic and in "according to X", before it in English and French), an earlier speaker when the
// subject is a pronoun or left out, or nobody known.
import type { Sentence } from '../schemas.ts';
import { matchKey, type SourceMention } from '../source-match.ts';
import type { FrameKind, Lexicon, VerbEntry } from './lexicons.ts';
import type { Quotation } from './quotes.ts';
import { wordAt, wordForms, type Word } from './words.ts';

export interface ArticleContext {
  text: string;
  words: Word[];
  quotes: Quotation[];
  /** 1 for every offset from an opening to a closing quotation mark. */
  quoted: Uint8Array;
  /** Source mentions outside quotations: what a quote mentions is not who speaks it. */
  mentions: SourceMention[];
  lexicon: Lexicon;
}

export interface Speaker {
  sourceId: string | null;
  alias: string | null;
}

/** How the speaker was found; `joint` is a source named together with another party (`Baku and Yerevan said`). */
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

const NOBODY: Speaker = { sourceId: null, alias: null };
const PUNCTUATION = /[,،;:؛«»“”„"‹›()!?.]/;
const QUOTE_CLOSER = /[»”“"›]$/;
const ARABIC_WORD = /[\u0600-\u06ff]/;
const MAX_NAME_GAP = 4;
const MAX_AFTER_GAP = 3;
const MAX_PARENTHESIS = 25;

export function sentenceWords(ctx: ArticleContext, sentence: Sentence): { from: number; to: number } {
  return { from: wordAt(ctx.words, sentence.start), to: wordAt(ctx.words, sentence.end) };
}

function isIn(set: Set<string>, word: Word | undefined, lexicon: Lexicon): boolean {
  return word !== undefined && wordForms(word.folded, lexicon.arabic).some((form) => set.has(form));
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** The verb entry whose words start at `i`, if any, with the index of its last word. */
function matchVerb(ctx: ArticleContext, i: number, to: number): { entry: VerbEntry; last: number } | null {
  const { words, lexicon, quoted } = ctx;
  const forms = wordForms(words[i]?.folded ?? '', lexicon.arabic);
  for (const entry of lexicon.verbs) {
    if (!forms.includes(entry.words[0] ?? '')) continue;
    const last = i + entry.words.length - 1;
    if (last >= to || entry.words.some((w, k) => k > 0 && (words[i + k]?.folded !== w || quoted[words[i + k]?.start ?? 0]))) continue;
    if (entry.needsNext && !entry.needsNext.includes(words[last + 1]?.folded ?? '')) continue;
    return { entry, last };
  }
  return null;
}

/** A mention ending before `edge` whose gap to it reads as the verb's subject: nothing, a few words, or `, …,`. */
function namedBefore(ctx: ArticleContext, sentence: Sentence, edge: number): SourceMention | null {
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const mention = ctx.mentions[k];
    if (!mention || mention.end > edge) continue;
    if (mention.start < sentence.start) break;
    const gap = ctx.text.slice(mention.end, edge).trim();
    const parenthesis = gap.startsWith(',') && gap.endsWith(',') && wordCount(gap) <= MAX_PARENTHESIS;
    if (gap === '' || parenthesis || (!PUNCTUATION.test(gap) && wordCount(gap) <= MAX_NAME_GAP)) return mention;
  }
  return null;
}

/** A mention starting a few words after `from`, with no punctuation between (`قالت الرئاسة الفرنسية`, `said Putin`). */
function namedAfter(ctx: ArticleContext, sentence: Sentence, from: number): SourceMention | null {
  const mention = ctx.mentions.find((m) => m.start >= from && m.end <= sentence.end);
  if (!mention) return null;
  const gap = ctx.text.slice(from, mention.start);
  const between = ctx.words.slice(wordAt(ctx.words, from), wordAt(ctx.words, mention.start));
  const blocked = between.some((w) => isIn(ctx.lexicon.complementizers, w, ctx.lexicon) || isIn(ctx.lexicon.subjectComplementizers, w, ctx.lexicon));
  return PUNCTUATION.test(gap) || between.length > MAX_AFTER_GAP || blocked ? null : mention;
}

/**
 * True when the mention is one of two parties: `Baku and Yerevan`, `Yerevan and Baku`, `باكو ويريفان`. `from` is
 * where the subject may begin (after the verb, for a subject that follows it).
 */
function isJoint(ctx: ArticleContext, mention: SourceMention, gapAfter: string, from: number): boolean {
  const { words, lexicon, text } = ctx;
  const i = wordAt(words, mention.start);
  const before = words[i - 1];
  const spelled = matchKey(text.slice(mention.start, mention.end));
  if (ARABIC_WORD.test(spelled)) {
    const proclitic = spelled.startsWith('و') && spelled.length > matchKey(mention.alias).length;
    return proclitic && before !== undefined && before.start >= from && !ctx.mentions.some((m) => m.end === before.end);
  }
  const conjunctionBefore = isIn(lexicon.conjunctions, before, lexicon) && !ctx.mentions.some((m) => m.end === words[i - 2]?.end && m.sourceId === mention.sourceId);
  const afterWords = gapAfter.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return conjunctionBefore || afterWords.some((w) => lexicon.conjunctions.has(w));
}

function named(mention: SourceMention): Speaker {
  return { sourceId: mention.sourceId, alias: mention.alias };
}

interface Neighbours {
  earlier: Frame[];
  previous: Frame[];
  previousMentions: SourceMention[];
}

/** The speaker of the last frame before, in this sentence or (when `reach` allows) the previous one. */
function inherit(near: Neighbours, reach: 'sentence' | 'previous' | 'pronoun'): Speaker | null {
  const spoken = (frames: Frame[]) => frames.filter((f) => !f.negated).at(-1)?.speaker;
  const same = spoken(near.earlier);
  if (same || reach === 'sentence') return same ?? null;
  const before = spoken(near.previous);
  if (before || reach === 'previous') return before ?? null;
  const first = near.previousMentions[0];
  return first ? named(first) : null;
}

/** Resolves the speaker of a frame whose verb and left edge are known; may move the edge left to a named speaker. */
function resolve(ctx: ArticleContext, sentence: Sentence, frame: Frame, near: Neighbours, from: number): void {
  const { words, lexicon, text } = ctx;
  const verbEnd = words[frame.last]?.end ?? 0;
  const edgeWord = wordAt(words, frame.edge);
  const wordBefore = edgeWord > from ? words[edgeWord - 1] : undefined;
  const textBefore = text.slice(sentence.start, frame.edge).trim();
  const set = (speaker: Speaker, subject: SubjectKind) => Object.assign(frame, { speaker, subject });
  const setAfter = (mention: SourceMention) => {
    frame.afterSubject = mention.end;
    const nextWord = words[wordAt(words, mention.end)];
    const joint = isJoint(ctx, mention, nextWord ? text.slice(mention.end, nextWord.end) : '', verbEnd);
    set(joint ? NOBODY : named(mention), joint ? 'joint' : 'after');
  };
  const inherited = (reach: 'sentence' | 'previous' | 'pronoun') => set(inherit(near, reach) ?? NOBODY, 'inherited');
  const after = namedAfter(ctx, sentence, verbEnd);

  if (frame.kind === 'according') return after ? setAfter(after) : set(NOBODY, 'none');

  if (ARABIC_WORD.test(words[frame.first]?.folded ?? '')) {
    if (after) return setAfter(after);
    if (isIn(lexicon.relatives, wordBefore, lexicon)) {
      const antecedent = namedBefore(ctx, sentence, wordBefore?.start ?? frame.edge);
      return antecedent ? set(named(antecedent), 'before') : set(NOBODY, 'explicit');
    }
    if (frame.kind === 'participle') return inherited('previous');
    let n = frame.last + 1;
    while (isIn(lexicon.timeWords, words[n], lexicon)) n++;
    const next = words[n];
    const rest = text.slice(verbEnd, next?.start ?? sentence.end);
    const opensQuote = /^[\s]*[:«“”"]/.test(rest) && !PUNCTUATION.test(rest.replace(/[:«“”"]/g, ''));
    const complementizer = isIn(lexicon.complementizers, next, lexicon) || isIn(lexicon.subjectComplementizers, next, lexicon);
    if (opensQuote || (complementizer && !PUNCTUATION.test(rest))) return inherited(edgeWord === from ? 'previous' : 'sentence');
    return set(NOBODY, 'explicit');
  }

  if (isIn(lexicon.conjunctions, wordBefore, lexicon) && text.slice(wordBefore?.end ?? 0, frame.edge).trim() === '') {
    frame.edge = wordBefore?.start ?? frame.edge;
    return inherited('sentence');
  }
  const before = namedBefore(ctx, sentence, frame.edge);
  if (before) {
    frame.edge = before.start;
    const joint = isJoint(ctx, before, text.slice(before.end, words[edgeWord]?.start ?? before.end), sentence.start);
    const determiner = words[wordAt(words, before.start) - 1];
    if (isIn(lexicon.determiners, determiner, lexicon) && text.slice(determiner?.end ?? 0, before.start).trim() === '') frame.edge = determiner?.start ?? frame.edge;
    return set(joint ? NOBODY : named(before), joint ? 'joint' : 'before');
  }
  const prefix = words.slice(edgeWord, frame.first);
  if (isIn(lexicon.pronouns, wordBefore, lexicon) || prefix.some((w) => lexicon.pronouns.has(w.folded))) {
    if (isIn(lexicon.pronouns, wordBefore, lexicon)) frame.edge = wordBefore?.start ?? frame.edge;
    return inherited('pronoun');
  }
  if (isIn(lexicon.relatives, wordBefore, lexicon)) {
    const antecedent = namedBefore(ctx, sentence, wordBefore?.start ?? frame.edge);
    return antecedent ? set(named(antecedent), 'before') : set(NOBODY, 'explicit');
  }
  if (QUOTE_CLOSER.test(textBefore.replace(/[,،\s]+$/u, ''))) return after ? setAfter(after) : inherited('previous');
  if (frame.kind === 'participle' && (textBefore === '' || /[,،]$/.test(textBefore))) return inherited('previous');
  return set(NOBODY, 'explicit');
}

/**
 * The reporting frames of one sentence, in order, with their speakers. `previous` are the frames of the sentence
 * before, for "he said" and for a subject left out.
 */
export function findFrames(ctx: ArticleContext, sentence: Sentence, previous: Frame[], previousMentions: SourceMention[]): Frame[] {
  const { words, lexicon, quoted } = ctx;
  const { from, to } = sentenceWords(ctx, sentence);
  const frames: Frame[] = [];
  for (let i = from; i < to; i++) {
    if (quoted[words[i]?.start ?? 0]) continue;
    const match = matchVerb(ctx, i, to);
    if (!match) continue;
    let edge = i;
    let aux = false;
    let passive = false;
    let negated = false;
    while (edge > from && !quoted[words[edge - 1]?.start ?? 0]) {
      const word = words[edge - 1];
      const gap = ctx.text.slice(word?.end ?? 0, words[edge]?.start ?? 0);
      const inPrefix = isIn(lexicon.framePrefix, word, lexicon) || isIn(lexicon.passiveAuxiliaries, word, lexicon);
      if (!inPrefix || !/^[\s'’\-]*$/u.test(gap)) break;
      aux ||= isIn(lexicon.auxiliaries, word, lexicon);
      passive ||= isIn(lexicon.passiveAuxiliaries, word, lexicon);
      negated ||= isIn(lexicon.negations, word, lexicon);
      edge--;
    }
    const declined = /^(declined|refused|declines|refuses)$/.test(words[i - 2]?.folded ?? '') && words[i - 1]?.folded === 'to';
    if (match.entry.needsAux && !aux) continue;
    const frame: Frame = {
      kind: match.entry.kind,
      entry: match.entry,
      first: i,
      last: match.last,
      edge: words[edge]?.start ?? 0,
      afterSubject: words[match.last]?.end ?? 0,
      negated: negated || declined,
      passive: passive && match.entry.kind === 'accuse',
      speaker: NOBODY,
      subject: 'none',
    };
    resolve(ctx, sentence, frame, { earlier: frames, previous, previousMentions }, from);
    frames.push(frame);
    i = match.last;
  }
  return frames;
}
