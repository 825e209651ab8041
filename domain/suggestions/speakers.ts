// Who speaks in a reporting frame: a source named next to the verb — after it in Arabic (VSO), in "according to X"
// and in inversions ("…», a déclaré X"), before it in English and French —, a definite noun standing for a source just
// named ("the ministry said"), an earlier speaker when the subject is a pronoun, left out or a participle's, else nobody.
import type { Sentence } from '../schemas.ts';
import type { SourceMention } from '../source-match.ts';
import { ARABIC_WORD, charBefore, isIn, mentionStartingAfter, NOBODY, type ArticleContext, type Frame, type Speaker } from './context.ts';
import { antecedent, isJoint, isPlace, named, namedAfter, namedBefore, sentenceSubject, type Neighbours } from './nearby-sources.ts';
import { wordAt } from './words.ts';

export type { Neighbours } from './nearby-sources.ts';

const PUNCTUATION = /[,،;:؛«»“”„"‹›()!?.]/;
/** `فيه`, `فيها` (in it) after a verb: the document just named, issued by the sentence's subject. */
const IN_IT = new Set(['فيه', 'فيها']);
const QUOTE_CLOSER = /[»”“"›’«]/;
/** Words between a verb and a source named after it: `قال المتحدث باسم الكرملين`, `said French President Macron`. */
const MAX_AFTER_GAP = 3;
/** More for "according to", which titles often follow: `selon le Premier ministre arménien Nikol Pashinyan`. */
const MAX_ACCORDING_GAP = 5;

/**
 * The speaker of the last frame before, in this sentence or (when `reach` allows) the previous one. A pronoun or a
 * left-out subject ("he added", «وأضاف», « a-t-il ajouté ») reaches the sentence before only in the same paragraph
 * (`near.carries`); a document (`the statement noted`) names what it stands for, whatever the paragraph.
 */
function inherit(ctx: ArticleContext, near: Neighbours, reach: 'sentence' | 'previous' | 'pronoun' | 'document'): Speaker {
  const same = near.earlierSpeaker;
  if (same || reach === 'sentence' || (reach !== 'document' && !near.carries)) return same ?? NOBODY;
  const before = near.previousSpeaker;
  if (before || reach === 'previous') return before ?? NOBODY;
  const first = near.previousMentions.find((m) => !isPlace(ctx, m));
  return first ? named(first) : NOBODY;
}

/** Sets `frame.speaker`, `frame.subject` and, when the speaker is named on either side, `edge` or `afterSubject`. */
export function resolveSpeaker(ctx: ArticleContext, sentence: Sentence, frame: Frame, near: Neighbours): void {
  const { words, lexicon, text } = ctx;
  const verbEnd = words[frame.last]?.end ?? 0;
  const from = wordAt(words, sentence.start);
  const edgeWord = wordAt(words, frame.edge);
  const wordBefore = edgeWord > from ? words[edgeWord - 1] : undefined;
  const nextWord = words[frame.last + 1];
  const set = (speaker: Speaker, subject: Frame['subject']): void => {
    frame.speaker = speaker;
    frame.subject = subject;
  };
  const setAfter = (mention: SourceMention) => {
    frame.afterSubject = mention.end;
    // A title and a name of the same source: `رئيس الوزراء الأرميني نيكول باشينيان`, `French president Emmanuel Macron`.
    for (let next = mentionStartingAfter(ctx, frame.afterSubject); next?.sourceId === mention.sourceId && /^\s+$/u.test(text.slice(frame.afterSubject, next.start)); next = mentionStartingAfter(ctx, next.end)) {
      frame.afterSubject = next.end;
    }
    return isJoint(ctx, mention, verbEnd) ? set(NOBODY, 'joint') : set(named(mention), 'after');
  };
  const participle = () => {
    const subject = near.earlier.length === 0 ? sentenceSubject(ctx, sentence, frame.edge) : null;
    return subject ? set(named(subject), 'before') : set(inherit(ctx, near, 'previous'), 'inherited');
  };
  const relative = () => {
    // A relative pronoun's antecedent stands just before it, often set off by a comma: `l'Élysée, qui a précisé`.
    const pronounAt = wordBefore?.start ?? frame.edge;
    const comma = charBefore(text, sentence.start, pronounAt, /\s/u);
    const found = namedBefore(ctx, sentence, /[,،]/.test(text[comma] ?? '') ? comma : pronounAt);
    return found ? set(named(found), 'before') : set(NOBODY, 'explicit');
  };
  const definiteAfter = () => {
    const gap = text.slice(verbEnd, nextWord?.start ?? verbEnd);
    const det = !ARABIC_WORD.test(nextWord?.folded ?? '') && isIn(lexicon.determiners, nextWord, lexicon);
    const head = det ? words[frame.last + 2] : nextWord;
    return PUNCTUATION.test(gap) ? null : antecedent(ctx, head, sentence, frame.edge, near);
  };

  // `a-t-on déclaré de même source`, `according to the same source`: the source last quoted, whatever the paragraph.
  const same = lexicon.sameSource.find((run) => run.every((w, k) => words[frame.last + 1 + k]?.folded === w && (words[frame.last + 1 + k]?.start ?? Infinity) < sentence.end));
  if (same) {
    frame.afterSubject = words[frame.last + same.length]?.end ?? verbEnd;
    return set(inherit(ctx, near, 'document'), 'inherited');
  }
  const after = namedAfter(ctx, sentence, verbEnd, frame.kind === 'according' ? MAX_ACCORDING_GAP : MAX_AFTER_GAP);
  if (frame.kind === 'according') {
    // `Pour Erevan, …`: the place right after a preposition that attributes speaks (frames.ts checked the comma).
    const place = frame.entry.leadsSentence ? mentionStartingAfter(ctx, verbEnd) : undefined;
    const direct = place && /^\s+$/u.test(text.slice(verbEnd, place.start)) ? place : null;
    const speaker = after ?? direct;
    return speaker ? setAfter(speaker) : set(NOBODY, frame.entry.leadsSentence ? 'explicit' : 'none');
  }

  if (ARABIC_WORD.test(words[frame.first]?.folded ?? '')) {
    if (after) return setAfter(after);
    const standsFor = definiteAfter();
    if (standsFor) {
      frame.afterSubject = nextWord?.end ?? verbEnd;
      return set(named(standsFor), 'after');
    }
    if (isIn(lexicon.relatives, wordBefore, lexicon)) return relative();
    if (frame.kind === 'participle') return participle();
    let n = frame.last + 1;
    while (isIn(lexicon.timeWords, words[n], lexicon)) n++;
    const rest = text.slice(verbEnd, words[n]?.start ?? sentence.end);
    const opensQuote = /^\s*[:«“”"]/.test(rest) && !PUNCTUATION.test(rest.replace(/[:«“”"]/g, ''));
    const complementizer = isIn(lexicon.complementizers, words[n], lexicon) || isIn(lexicon.subjectComplementizers, words[n], lexicon);
    if (opensQuote || (complementizer && !PUNCTUATION.test(rest))) return set(inherit(ctx, near, edgeWord === from ? 'previous' : 'sentence'), 'inherited');
    // `أصدرت الوزارة بيانا قالت فيه: …` (said in it): the subject left out is the one who issued it, the sentence's.
    if (edgeWord > from && IN_IT.has(words[frame.last + 1]?.folded ?? '')) {
      const subject = near.earlierSpeaker ? null : sentenceSubject(ctx, sentence, frame.edge);
      return subject ? set(named(subject), 'inherited') : set(inherit(ctx, near, 'sentence'), 'inherited');
    }
    return set(NOBODY, 'explicit');
  }

  const inverted = invertedSubject(ctx, sentence, frame);
  if (inverted) {
    // `…, a annoncé, mardi matin, le Premier ministre arménien Nikol Pachinian.`, `…, said a ministry spokesman.`:
    // the subject after the verb ends the sentence, and the clause before the comma is what it said.
    frame.afterSubject = inverted.end;
    return isJoint(ctx, inverted.mention, verbEnd) ? set(NOBODY, 'joint') : set(named(inverted.mention), 'after');
  }
  if (isIn(lexicon.conjunctions, wordBefore, lexicon) && text.slice(wordBefore?.end ?? 0, frame.edge).trim() === '') {
    frame.edge = wordBefore?.start ?? frame.edge;
    return set(inherit(ctx, near, 'sentence'), 'inherited');
  }
  const before = namedBefore(ctx, sentence, frame.edge);
  if (before) {
    const determiner = words[wordAt(words, before.start) - 1];
    frame.edge = isIn(lexicon.determiners, determiner, lexicon) && text.slice(determiner?.end ?? 0, before.start).trim() === '' ? (determiner?.start ?? before.start) : before.start;
    frame.edge = titleStart(ctx, sentence, frame.edge);
    return isJoint(ctx, before, sentence.start) ? set(NOBODY, 'joint') : set(named(before), 'before');
  }
  const determiner = words[edgeWord - 2];
  const standsFor = edgeWord - 2 >= from && isIn(lexicon.determiners, determiner, lexicon) ? antecedent(ctx, wordBefore, sentence, frame.edge, near) : null;
  if (standsFor) {
    frame.edge = determiner?.start ?? frame.edge;
    return set(named(standsFor), 'before');
  }
  // `the statement noted`, `le communiqué précise`: a document speaks for whoever last spoke through it; `“…,” the
  // spokesman added`, `a ajouté le porte-parole`: a role named by a bare noun is the speaker just named.
  const roleNoun = isIn(lexicon.personNouns, wordBefore, lexicon) && inherit(ctx, near, 'pronoun').sourceId !== null;
  if (edgeWord - 2 >= from && isIn(lexicon.determiners, determiner, lexicon) && (isIn(lexicon.documentNouns, wordBefore, lexicon) || roleNoun)) {
    frame.edge = determiner?.start ?? frame.edge;
    return set(inherit(ctx, near, roleNoun ? 'pronoun' : 'document'), 'inherited');
  }
  const prefix = words.slice(edgeWord, frame.first);
  if (isIn(lexicon.pronouns, wordBefore, lexicon) || prefix.some((w) => lexicon.pronouns.has(w.folded))) {
    if (isIn(lexicon.pronouns, wordBefore, lexicon)) frame.edge = wordBefore?.start ?? frame.edge;
    return set(inherit(ctx, near, 'pronoun'), 'inherited');
  }
  if (isIn(lexicon.relatives, wordBefore, lexicon)) return relative();
  const lastMark = charBefore(text, sentence.start, frame.edge, /[\s,،]/u);
  const lastChar = charBefore(text, sentence.start, frame.edge, /\s/u);
  if (lastMark >= sentence.start && QUOTE_CLOSER.test(text[lastMark] ?? '')) {
    // Inversion after a quotation: `…», a déclaré X`, `…," said the ministry`; a name we do not know speaks for nobody.
    if (after) return setAfter(after);
    const standsForAfter = definiteAfter();
    if (standsForAfter) return set(named(standsForAfter), 'after');
    const unknownNamed = nextWord && nextWord.start < sentence.end && !PUNCTUATION.test(text.slice(verbEnd, nextWord.start)) && !isIn(lexicon.timeWords, nextWord, lexicon);
    return unknownNamed ? set(NOBODY, 'explicit') : set(inherit(ctx, near, 'previous'), 'inherited');
  }
  if (frame.kind === 'participle' && (lastChar < sentence.start || /[,،]/.test(text[lastChar] ?? ''))) return participle();
  return set(NOBODY, 'explicit');
}

/** Most words an inverted subject takes, time words included: `, a annoncé, mardi matin, le Premier ministre arménien Nikol Pachinian`. */
const MAX_INVERTED_SUBJECT = 10;

/**
 * The subject of an inversion after a comma (English and French; Arabic puts every subject after its verb): the rest of
 * the sentence after the verb, when it is short and holds no complementizer, quotation or colon, so that it can only
 * be who spoke, and names a source the desk knows (`mention`); `end` is where the subject ends.
 */
function invertedSubject(ctx: ArticleContext, sentence: Sentence, frame: Frame): { mention: SourceMention; end: number } | null {
  const { words, lexicon, text } = ctx;
  if (frame.kind === 'participle' || frame.kind === 'according' || ARABIC_WORD.test(words[frame.first]?.folded ?? '')) return null;
  const lastChar = charBefore(text, sentence.start, frame.edge, /\s/u);
  if (lastChar < sentence.start) return null;
  // Without a comma (`… au cours duquel la situation fut discutée a indiqué la présidence russe.`) only a subject that
  // is a known source and nothing else, with no source named just before the verb, makes an inversion.
  const strict = !/[,،]/.test(text[lastChar] ?? '');
  if (strict && (!/[\p{L}\p{N}]/u.test(text[lastChar] ?? '') || namedBefore(ctx, sentence, frame.edge))) return null;
  // After a quotation (`…», a affirmé le ministère`) the inversion is resolved with the quotation (resolveSpeaker).
  const lastMark = charBefore(text, sentence.start, frame.edge, /[\s,،]/u);
  if (QUOTE_CLOSER.test(text[lastMark] ?? '')) return null;
  const verbEnd = words[frame.last]?.end ?? 0;
  const first = frame.last + 1;
  let last = first;
  while ((words[last]?.start ?? Infinity) < sentence.end) last++;
  const rest = words.slice(first, last);
  if (rest.length === 0 || rest.length > MAX_INVERTED_SUBJECT) return null;
  if (/[:«»“”"„‹›]/.test(text.slice(verbEnd, rest.at(-1)?.end ?? verbEnd))) return null;
  if (rest.some((w) => isIn(lexicon.complementizers, w, lexicon) || isIn(lexicon.subjectComplementizers, w, lexicon) || isIn(lexicon.pronouns, w, lexicon))) return null;
  const subject = rest.filter((w) => !isIn(lexicon.timeWords, w, lexicon));
  if (subject.length === 0) return null;
  const end = rest.at(-1)?.end ?? verbEnd;
  let mention: SourceMention | null = null;
  for (let m = mentionStartingAfter(ctx, verbEnd); m && m.end <= end; m = mentionStartingAfter(ctx, m.end)) {
    if (!isPlace(ctx, m)) {
      mention = m;
      break;
    }
  }
  // Only a source, a person or a role the desk knows makes the rest a subject: `, a appelé les deux camps à …` after
  // an apposition (`Le chef de la diplomatie russe, Sergueï Lavrov, a appelé`) is the verb's object, not its subject.
  if (!mention) return null;
  if (strict) {
    const lead = subject.findIndex((w) => w.start >= mention.start);
    const onlyDeterminers = subject.slice(0, lead).every((w) => isIn(lexicon.determiners, w, lexicon));
    const tail = subject.filter((w) => w.start >= mention.end);
    if (lead === -1 || !onlyDeterminers || tail.length > 0) return null;
  }
  return { mention, end };
}

/** Most words of a title before a named speaker: `President Vladimir Putin’s spokesperson Dmitry Peskov`. */
const MAX_TITLE_WORDS = 6;

/**
 * Where a subject starts when a title stands between a comma and the speaker's name (`…, Kremlin spokesman Dmitry
 * Peskov said`): after that comma. `edge` itself when no comma is that near, or other punctuation comes first.
 */
function titleStart(ctx: ArticleContext, sentence: Sentence, edge: number): number {
  const { words, text } = ctx;
  const w = wordAt(words, edge);
  const from = wordAt(words, sentence.start);
  for (let k = w - 1; k >= Math.max(from, w - MAX_TITLE_WORDS); k--) {
    const gap = text.slice(words[k]?.end ?? 0, words[k + 1]?.start ?? edge);
    if (/[,،]/.test(gap)) return k + 1 < w ? (words[k + 1]?.start ?? edge) : edge;
    if (!/^[\s'’-]*$/u.test(gap)) return edge;
  }
  return edge;
}
