// Which known source is named around a reporting verb: just before it (`Pashinyan said`, `Putin, who met…, called`),
// just after it (`قالت الرئاسة الفرنسية`, `according to a Kremlin statement`), as one of two parties (`Baku and
// Yerevan`), as the sentence's subject, or behind a definite noun (`the ministry` for `Azerbaijan's defence ministry`).
import type { Sentence } from '../schemas.ts';
import { matchKey, type SourceMention } from '../source-match.ts';
import { ARABIC_WORD, isIn, lowerBound, mentionEndingAt, mentionsWithin, type ArticleContext, type Frame, type Speaker } from './context.ts';
import { wordAt, type Word } from './words.ts';

export interface Neighbours {
  /** Frames found earlier in the same sentence. */
  earlier: Frame[];
  /** Frames and source mentions of the sentence before. */
  previous: Frame[];
  previousMentions: SourceMention[];
}

const PUNCTUATION = /[,،;:؛«»“”„"‹›()!?.]/;
const MAX_BEFORE_GAP = 4;
const MAX_PARENTHESIS = 25;
const MAX_SUBJECT_OFFSET = 3;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function named(mention: SourceMention): Speaker {
  return { sourceId: mention.sourceId, alias: mention.alias };
}

/** A mention ending before `edge` whose gap to it reads as the verb's subject: nothing, a few words, or `, …,`. */
export function namedBefore(ctx: ArticleContext, sentence: Sentence, edge: number): SourceMention | null {
  for (let k = lowerBound(ctx.mentions, edge + 1, (m) => m.end) - 1; k >= 0; k--) {
    const mention = ctx.mentions[k];
    if (!mention || mention.start < sentence.start) break;
    if (wordAt(ctx.words, edge) - wordAt(ctx.words, mention.end) > MAX_PARENTHESIS) break;
    const gap = ctx.text.slice(mention.end, edge).trim();
    const parenthesis = gap.startsWith(',') && gap.endsWith(',') && wordCount(gap) <= MAX_PARENTHESIS;
    if (gap === '' || parenthesis || (!PUNCTUATION.test(gap) && wordCount(gap) <= MAX_BEFORE_GAP)) return mention;
  }
  return null;
}

/** A mention starting a few words after `from`, with no punctuation or complementizer between. */
export function namedAfter(ctx: ArticleContext, sentence: Sentence, from: number, maxGap: number): SourceMention | null {
  const { words, lexicon } = ctx;
  const mention = ctx.mentions[lowerBound(ctx.mentions, from, (m) => m.start)];
  if (!mention || mention.end > sentence.end || wordAt(words, mention.start) - wordAt(words, from) > maxGap) return null;
  const between = words.slice(wordAt(words, from), wordAt(words, mention.start));
  const blocked = between.some((w) => isIn(lexicon.complementizers, w, lexicon) || isIn(lexicon.subjectComplementizers, w, lexicon));
  return PUNCTUATION.test(ctx.text.slice(from, mention.start)) || between.length > maxGap || blocked ? null : mention;
}

/**
 * True when the mention is one of two parties: `Baku and Yerevan`, `Yerevan and Baku`, `باكو ويريفان`. `from` is
 * where the subject may begin (after the verb, for a subject that follows it).
 */
export function isJoint(ctx: ArticleContext, mention: SourceMention, from: number): boolean {
  const { words, lexicon, text } = ctx;
  const i = wordAt(words, mention.start);
  const before = words[i - 1];
  const spelled = matchKey(text.slice(mention.start, mention.end));
  if (ARABIC_WORD.test(spelled)) {
    const proclitic = spelled.startsWith('و') && spelled.length > matchKey(mention.alias).length;
    return proclitic && before !== undefined && before.start >= from && !mentionEndingAt(ctx, before.end);
  }
  const sameSourceBefore = mentionEndingAt(ctx, words[i - 2]?.end ?? -1)?.sourceId === mention.sourceId;
  return (isIn(lexicon.conjunctions, before, lexicon) && !sameSourceBefore) || isIn(lexicon.conjunctions, words[wordAt(words, mention.end)], lexicon);
}

/**
 * The source a definite noun stands for when a source whose alias starts or ends with that noun was named in this
 * sentence or the one before: `the ministry` → `Azerbaijan's defence ministry`, `الوزارة` → `وزارة الدفاع…`.
 */
export function antecedent(ctx: ArticleContext, head: Word | undefined, sentence: Sentence, before: number, near: Neighbours): SourceMention | null {
  if (!head) return null;
  const arabic = ARABIC_WORD.test(head.folded);
  const key = arabic ? head.folded.replace(/^[وف]?ال/, '') : head.folded;
  if (key.length < 4 || (arabic && key === head.folded)) return null;
  const here = mentionsWithin(ctx, sentence.start, before);
  const candidates = [...near.previousMentions, ...here];
  for (let k = candidates.length - 1; k >= 0; k--) {
    const mention = candidates[k];
    const aliasWords = matchKey(mention?.alias ?? '').split(' ').map((w) => w.replace(/^ال/, ''));
    if (mention && (aliasWords[0] === key || aliasWords.at(-1) === key)) return mention;
  }
  return null;
}

/** The source named at the start of the sentence, as its subject: `French President Emmanuel Macron praised…`. */
export function sentenceSubject(ctx: ArticleContext, sentence: Sentence, before: number): SourceMention | null {
  const first = ctx.mentions[lowerBound(ctx.mentions, sentence.start, (m) => m.start)];
  if (!first || first.end > before || wordAt(ctx.words, first.start) - wordAt(ctx.words, sentence.start) > MAX_SUBJECT_OFFSET) return null;
  return PUNCTUATION.test(ctx.text.slice(sentence.start, first.start)) ? null : first;
}
