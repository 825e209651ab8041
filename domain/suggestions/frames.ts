// Reporting frames: a reporting verb outside quotation marks with the auxiliaries, adverbs and negation on its left
// (`has also said`, `n'a pas dit`, `ولم تعلن`), then its speaker (speakers.ts).
import type { Sentence } from '../schemas.ts';
import type { SourceMention } from '../source-match.ts';
import { isIn, lowerBound, mentionEndingAt, NOBODY, type ArticleContext, type Frame, type Speaker } from './context.ts';
import type { Lexicon, VerbEntry } from './lexicons.ts';
import { resolveSpeaker, type Neighbours } from './speakers.ts';
import { wordAt, wordForms } from './words.ts';

const DECLINED = /^(declined|refused|declines|refuses)$/;
/**
 * Words after which an English `-ed` form describes the noun that follows instead of reporting speech: `the confirmed
 * cases`, `the number of reported deaths`, `an alleged plot`, `their declared aim`.
 */
const BEFORE_ADJECTIVE = /^(the|a|an|of|its|their|his|her|our|this|these|those|for|over|about|with|any|no)$/;

const verbIndexes = new WeakMap<Lexicon, Map<string, VerbEntry[]>>();

/** A lexicon's verb entries by their first word. */
function verbIndex(lexicon: Lexicon): Map<string, VerbEntry[]> {
  let index = verbIndexes.get(lexicon);
  if (!index) {
    index = new Map();
    for (const entry of lexicon.verbs) index.set(entry.words[0] ?? '', [...(index.get(entry.words[0] ?? '') ?? []), entry]);
    verbIndexes.set(lexicon, index);
  }
  return index;
}

/** The verb entry whose words start at `i`, if any, with the index of its last word. */
function matchVerb(ctx: ArticleContext, i: number, to: number): { entry: VerbEntry; last: number } | null {
  const { words, lexicon, quoted } = ctx;
  const entries = wordForms(words[i]?.folded ?? '', lexicon.arabic).flatMap((form) => verbIndex(lexicon).get(form) ?? []);
  for (const entry of entries) {
    const last = i + entry.words.length - 1;
    const rest = entry.words.every((w, k) => k === 0 || (words[i + k]?.folded === w && !quoted[words[i + k]?.start ?? 0]));
    if (last >= to || !rest) continue;
    if (entry.needsNext && !entry.needsNext.includes(words[last + 1]?.folded ?? '')) continue;
    return { entry, last };
  }
  return null;
}

/** Pronouns after a verb that point back to ما as "what": `ما صرح به` (what he declared), `ما أعلن عنه`. */
const BACK_TO_WHAT = new Set(['به', 'بها', 'عنه', 'عنها']);

/** `صحة ما صرح به`: ما is "what", not a negation, and the verb reports nothing of its own. */
function relativeWhat(ctx: ArticleContext, first: number, last: number): boolean {
  return ctx.words[first - 1]?.folded === 'ما' && BACK_TO_WHAT.has(ctx.words[last + 1]?.folded ?? '');
}

/** Arabic words that may stand right before a verb without being a noun it describes. */
const NOT_A_NOUN = new Set(['انه', 'انها', 'بانه', 'بانها', 'لانه', 'لانها', 'كما', 'حيث', 'بينما', 'فيما', 'الذي', 'التي', 'الذين']);

/**
 * `معلومات تفيد بوجود…`, `مظاهرات تطالب بـ…`: an Arabic imperfect speech verb right after an indefinite noun (no
 * article, a feminine or plural ending) describes that noun — information saying, protests demanding — and names no
 * new speaker: it does not start a frame that would cut the statement it stands in.
 */
function describesNoun(ctx: ArticleContext, i: number, from: number): boolean {
  const { words, text } = ctx;
  const verb = words[i]?.folded ?? '';
  const noun = words[i - 1];
  if (i - 1 < from || !noun || !/^[يت]/.test(verb) || !/^\s+$/u.test(text.slice(noun.end, words[i]?.start ?? 0))) return false;
  const n = noun.folded;
  if (/^[وفبل]?ال/.test(n) || NOT_A_NOUN.has(n) || n.length < 4 || ctx.quoted[noun.start]) return false;
  return /(ات|ه)$/.test(n) && mentionEndingAt(ctx, noun.end) === undefined;
}

/** `the number of confirmed incidents`: an English `-ed` verb of one word after a determiner or a preposition. */
function adjectival(ctx: ArticleContext, i: number, from: number, last: number): boolean {
  const { words, text } = ctx;
  const before = words[i - 1];
  if (i - 1 < from || last !== i || !before || !/ed$/.test(words[i]?.folded ?? '')) return false;
  return BEFORE_ADJECTIVE.test(before.folded) && /^\s+$/u.test(text.slice(before.end, words[i]?.start ?? 0));
}

/** Most words between `Pour` and the comma that ends its speaker: `Pour le porte-parole du gouvernement,`. */
const MAX_LEAD_SPEAKER = 6;
/** Titles before a person's name: `Pour Me Alain Kagonbé,`, `Pour M. Dupont,`. */
const NAME_TITLES = new Set(['me', 'm', 'mme', 'mm', 'dr', 'pr']);

/**
 * `Pour Erevan, …`, `Pour l'avocat de la défense, …`, `Pour Me Alain Kagonbé, …`: the preposition at `i` heads its
 * sentence (conjunctions aside) and a comma ends, within a few words, a speaker — a source or a place the desk knows,
 * a noun of office after a determiner, or a person's name (a title, or two capitalised words).
 */
function leadsSentence(ctx: ArticleContext, sentence: Sentence, i: number, from: number): boolean {
  const { words, lexicon, text } = ctx;
  for (let k = from; k < i; k++) if (!lexicon.conjunctions.has(words[k]?.folded ?? '')) return false;
  const rest = text.slice(words[i]?.end ?? 0, sentence.end);
  const comma = rest.search(/[,;:.!?«»“”"]/u);
  if (comma === -1 || rest[comma] !== ',') return false;
  const end = (words[i]?.end ?? 0) + comma;
  const lead = words.slice(i + 1, wordAt(words, end));
  if (lead.length === 0 || lead.length > MAX_LEAD_SPEAKER || lead.some((w) => /\p{N}/u.test(w.folded))) return false;
  const first = lead[0];
  if (!first) return false;
  const mention = ctx.mentions[lowerBound(ctx.mentions, first.start, (m) => m.start)];
  if (mention && mention.start === first.start && mention.end <= end) return true;
  if (isIn(lexicon.determiners, first, lexicon) && isIn(lexicon.roleNouns, lead[1], lexicon)) return true;
  const capitalised = lead.filter((w) => /^\p{Lu}/u.test(text.slice(w.start, w.start + 2)));
  return (NAME_TITLES.has(first.folded) && capitalised.length >= 2) || (capitalised.length >= 2 && capitalised.length === lead.length);
}

/** The speaker of the last frame that is not negated, if any. */
function lastSpoken(frames: readonly Frame[]): Speaker | undefined {
  for (let k = frames.length - 1; k >= 0; k--) if (!frames[k]?.negated) return frames[k]?.speaker;
  return undefined;
}

/**
 * The reporting frames of one sentence, in order, with their speakers. `previous` are the frames of the sentence
 * before and `previousMentions` its source mentions, for "he said", a left-out subject and "the ministry said";
 * `carries` is false when a pronoun or a left-out subject may not take the speaker of the sentence before (Neighbours).
 */
export function findFrames(ctx: ArticleContext, sentence: Sentence, previous: Frame[], previousMentions: SourceMention[], carries = true): Frame[] {
  const { words, lexicon, quoted, text } = ctx;
  const from = wordAt(words, sentence.start);
  const to = wordAt(words, sentence.end);
  const frames: Frame[] = [];
  // The last speakers that are not negated, kept as frames are found: looking back for them is quadratic in a sentence
  // of many negated frames.
  const near: Neighbours = { earlier: frames, earlierSpeaker: undefined, previousSpeaker: lastSpoken(previous), previousMentions, carries };
  for (let i = from; i < to; i++) {
    if (quoted[words[i]?.start ?? 0]) continue;
    const match = matchVerb(ctx, i, to);
    if (!match) continue;
    if (lexicon.arabic && (relativeWhat(ctx, i, match.last) || describesNoun(ctx, i, from))) continue;
    if (adjectival(ctx, i, from, match.last)) continue;
    if (match.entry.leadsSentence && !leadsSentence(ctx, sentence, i, from)) continue;
    let edge = i;
    const seen = { aux: false, passive: false, negated: false, reflexive: false };
    while (edge > from && !quoted[words[edge - 1]?.start ?? 0]) {
      const word = words[edge - 1];
      const gap = text.slice(word?.end ?? 0, words[edge]?.start ?? 0);
      const inPrefix = isIn(lexicon.framePrefix, word, lexicon) || isIn(lexicon.passiveAuxiliaries, word, lexicon);
      if (!inPrefix || !/^[\s'’-]*$/u.test(gap)) break;
      seen.aux ||= isIn(lexicon.auxiliaries, word, lexicon);
      seen.passive ||= isIn(lexicon.passiveAuxiliaries, word, lexicon);
      seen.negated ||= isIn(lexicon.negations, word, lexicon);
      seen.reflexive ||= isIn(lexicon.reflexives, word, lexicon);
      edge--;
    }
    if (match.entry.needsAux && !seen.aux) continue;
    // `a ceasefire announced by the separatists`: a participle before its agent, with no auxiliary, reports nothing.
    if (!seen.aux && !seen.passive && words[match.last + 1]?.folded === 'by') continue;
    // `The truce was announced late on Sunday`, `a été annoncé`: a speech verb in the passive tells of an event, not
    // what someone said (an accusation in the passive still states its charge).
    const before = words[i - 1];
    if (match.entry.kind === 'say' && i - 1 >= from && isIn(lexicon.passiveAuxiliaries, before, lexicon) && !isIn(lexicon.auxiliaries, before, lexicon)) continue;
    const declined = DECLINED.test(words[i - 2]?.folded ?? '') && words[i - 1]?.folded === 'to';
    const frame: Frame = {
      kind: match.entry.kind,
      entry: match.entry,
      first: i,
      last: match.last,
      edge: words[edge]?.start ?? 0,
      afterSubject: words[match.last]?.end ?? 0,
      negated: seen.negated || declined,
      passive: seen.passive && !seen.reflexive && match.entry.kind === 'accuse',
      speaker: NOBODY,
      subject: 'none',
    };
    resolveSpeaker(ctx, sentence, frame, near);
    // `Turkey has been accused of…`: the one named before a passive is accused, not speaking.
    if (frame.passive && frame.subject === 'before') frame.speaker = NOBODY;
    frames.push(frame);
    if (!frame.negated) near.earlierSpeaker = frame.speaker;
    i = match.last;
  }
  return frames;
}
