// Which known source is named around a reporting verb: just before it (`Pashinyan said`, `Putin, who met…, called`),
// just after it (`قالت الرئاسة الفرنسية`, `according to a Kremlin statement`), as one of two parties (`Baku and
// Yerevan`), as the sentence's subject, or behind a definite noun (`the ministry` for `Azerbaijan's defence ministry`).
import type { Sentence } from '../schemas.ts';
import { matchKey, type SourceMention } from '../source-match.ts';
import { ARABIC_WORD, isIn, lowerBound, mentionEndingAt, type ArticleContext, type Frame, type Speaker } from './context.ts';
import { wordAt, type Word } from './words.ts';

export interface Neighbours {
  /** Frames found earlier in the same sentence. */
  earlier: Frame[];
  /** The speaker of the last frame in `earlier` that is not negated, if any. */
  earlierSpeaker: Speaker | undefined;
  /** The speaker of the last frame of the sentence before that is not negated, if any. */
  previousSpeaker: Speaker | undefined;
  /**
   * Whether a pronoun or a left-out subject may take the speaker of the sentence before: "he added", «وأضاف» and
   * « a-t-il ajouté » carry it in the same paragraph only, and into a new paragraph only when that paragraph opens
   * with a quotation (the wire's quote paragraph, `“…,” he added.`, which continues the speaker named before it).
   */
  carries: boolean;
  /** Source mentions of the sentence before: a run of ctx.mentions, as mentionsWithin gives it. */
  previousMentions: SourceMention[];
}

const PUNCTUATION = /[,،;:؛«»“”„"‹›()!?.]/;
/** Before a place name, these make it a place (`in Yerevan`, `à Moscou`, `في يريفان`), not a speaker. */
const PREPOSITIONS = new Set('in at from to near into across over of for with by toward towards around outside inside a de d du des dans en vers pour par sur depuis chez pres في من الي على عن نحو داخل خارج قرب'.split(' '));
/** A country's official after its name: `Armenia's prime minister`, `Turkey’s envoy`. */
const POSSESSIVE = /^['’]s\b/u;
const MAX_BEFORE_GAP = 4;
/** A title's abbreviation before a name (`M. Peskov`, `Mr. Putin`): its full stop is no punctuation of the clause. */
const HONORIFIC = /(?<![\p{L}])(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr)\.(?=\s)/gu;
const MAX_PARENTHESIS = 25;
const MAX_SUBJECT_OFFSET = 3;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export function named(mention: SourceMention): Speaker {
  return { sourceId: mention.sourceId, alias: mention.alias };
}

/** True when the mention names a place (a country, a capital). */
export function isPlace(ctx: ArticleContext, mention: SourceMention): boolean {
  return ctx.places.has(matchKey(mention.alias));
}

/** A place names a speaker only as a speech verb's subject: not after a preposition or an Arabic proclitic ب ل. */
function speaksAsPlace(ctx: ArticleContext, mention: SourceMention): boolean {
  const before = ctx.words[wordAt(ctx.words, mention.start) - 1];
  const spelled = matchKey(ctx.text.slice(mention.start, mention.end)).replace(/^[وف]/, '');
  const proclitic = spelled.length > matchKey(mention.alias).length && /^[بلك]/.test(spelled);
  const gap = before ? ctx.text.slice(before.end, mention.start) : '';
  return !proclitic && !(before && !PUNCTUATION.test(gap) && PREPOSITIONS.has(before.folded));
}

/** A mention ending before `edge` whose gap to it reads as the verb's subject: nothing, a few words, or `, …,`. */
export function namedBefore(ctx: ArticleContext, sentence: Sentence, edge: number): SourceMention | null {
  for (let k = lowerBound(ctx.mentions, edge + 1, (m) => m.end) - 1; k >= 0; k--) {
    const mention = ctx.mentions[k];
    if (!mention || mention.start < sentence.start) break;
    if (wordAt(ctx.words, edge) - wordAt(ctx.words, mention.end) > MAX_PARENTHESIS) break;
    const gap = ctx.text.slice(mention.end, edge).trim();
    if (isPlace(ctx, mention)) {
      if ((gap === '' || POSSESSIVE.test(gap)) && speaksAsPlace(ctx, mention)) return mention;
      continue;
    }
    const parenthesis = gap.startsWith(',') && gap.endsWith(',') && wordCount(gap) > 0 && wordCount(gap) <= MAX_PARENTHESIS;
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
  if (isPlace(ctx, mention) && !speaksAsPlace(ctx, mention)) return null;
  const gap = ctx.text.slice(from, mention.start).replace(HONORIFIC, ' ');
  return PUNCTUATION.test(gap) || between.length > maxGap || blocked ? null : mention;
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

/** The words of an alias that a definite noun may stand for: its first and last, without the article ال. */
function headWords(alias: string): string[] {
  const words = matchKey(alias).split(' ').map((w) => w.replace(/^ال/, ''));
  return [...new Set([words[0] ?? '', words.at(-1) ?? ''])];
}

const mentionsByHead = new WeakMap<readonly SourceMention[], Map<string, number[]>>();

/** Positions in `mentions` by the head words of their alias, ascending: antecedent() looks one up instead of scanning. */
function headIndex(mentions: readonly SourceMention[]): Map<string, number[]> {
  let index = mentionsByHead.get(mentions);
  if (!index) {
    index = new Map();
    const heads = new Map<string, string[]>();
    for (const [k, mention] of mentions.entries()) {
      let words = heads.get(mention.alias);
      if (!words) heads.set(mention.alias, (words = headWords(mention.alias)));
      for (const word of words) {
        const positions = index.get(word);
        if (positions) positions.push(k);
        else index.set(word, [k]);
      }
    }
    mentionsByHead.set(mentions, index);
  }
  return index;
}

/** The last of `positions` (ascending) in `[from, to)`, or -1. */
function lastWithin(positions: readonly number[], from: number, to: number): number {
  const k = lowerBound(positions, to, (p) => p) - 1;
  return k >= 0 && (positions[k] ?? -1) >= from ? (positions[k] ?? -1) : -1;
}

/**
 * The source a definite noun stands for when a source whose alias starts or ends with that noun was named in this
 * sentence or the one before: `the ministry` → `Azerbaijan's defence ministry`, `الوزارة` → `وزارة الدفاع…`. The
 * latest such mention wins; found through an index of mentions by head word, so a long sentence costs no more per noun.
 */
export function antecedent(ctx: ArticleContext, head: Word | undefined, sentence: Sentence, before: number, near: Neighbours): SourceMention | null {
  if (!head) return null;
  const arabic = ARABIC_WORD.test(head.folded);
  const key = arabic ? head.folded.replace(/^[وف]?ال/, '') : head.folded;
  if (key.length < 4 || (arabic && key === head.folded)) return null;
  const positions = headIndex(ctx.mentions).get(key);
  if (!positions) return null;
  // The mentions of this sentence before `before` (as mentionsWithin), then those of the sentence before.
  const hereFrom = lowerBound(ctx.mentions, sentence.start, (m) => m.start);
  const hereTo = Math.max(hereFrom, lowerBound(ctx.mentions, before + 1, (m) => m.end));
  const previousFrom = near.previousMentions[0] ? lowerBound(ctx.mentions, near.previousMentions[0].start, (m) => m.start) : 0;
  const previousTo = previousFrom + near.previousMentions.length;
  const k = lastWithin(positions, hereFrom, hereTo);
  return ctx.mentions[k !== -1 ? k : lastWithin(positions, previousFrom, previousTo)] ?? null;
}

/** The source named at the start of the sentence, as its subject: `French President Emmanuel Macron praised…`. */
export function sentenceSubject(ctx: ArticleContext, sentence: Sentence, before: number): SourceMention | null {
  const first = ctx.mentions[lowerBound(ctx.mentions, sentence.start, (m) => m.start)];
  if (!first || first.end > before || isPlace(ctx, first) || wordAt(ctx.words, first.start) - wordAt(ctx.words, sentence.start) > MAX_SUBJECT_OFFSET) return null;
  return PUNCTUATION.test(ctx.text.slice(sentence.start, first.start)) ? null : first;
}
