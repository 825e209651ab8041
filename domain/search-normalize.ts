// Spelling-tolerant text search, shared by the queue search (server, both stores) and find in article (client):
// one normal form in which Arabic spellings that differ only by tashkeel, tatweel, alef and hamza forms, ta marbuta
// or alef maqsura compare equal, and Latin text by letters only (no accents, no case). Issue 16, item 4.

/** Harakat and other Arabic marks (U+064B–U+065F), the superscript alef (U+0670) and tatweel (U+0640): dropped. */
const ARABIC_DROPPED = /[\u064B-\u065F\u0670\u0640]/u;
/** Combining diacritics of Latin scripts, left by NFD: dropped, so that "é" is "e". */
const LATIN_MARK = /[\u0300-\u036F]/u;

/** Letters written one way when another is meant or allowed. NFD has already split أ إ آ ؤ ئ into base + mark. */
const FOLDED: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0629': '\u0647', // ة ta marbuta → ه
  '\u0649': '\u064A', // ى alef maqsura → ي
};

/** A code point's normal form: lower case, decomposed, marks dropped, letters folded, any whitespace one space. */
function foldUncached(char: string): string {
  if (/\s/u.test(char)) return ' ';
  let out = '';
  for (const unit of char.toLowerCase().normalize('NFD')) {
    if (ARABIC_DROPPED.test(unit) || LATIN_MARK.test(unit)) continue;
    out += FOLDED[unit] ?? unit;
  }
  return out;
}

/**
 * foldUncached, remembered per code point: a text uses a few hundred distinct ones, and folding each anew cost
 * 50 µs per claim (20,000 claims searched cold: 1.5 s on lowdb).
 */
const folds = new Map<string, string>();
function foldCodePoint(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    folded = foldUncached(char);
    if (folds.size < 65_536) folds.set(char, folded);
  }
  return folded;
}

/**
 * A text in normal form, and for each of its UTF-16 code units the range `[starts[i], ends[i])` of the original
 * code point it came from, so that a match found in `text` maps back to offsets of the original. Runs of
 * whitespace become one space, whose range is the first of the run.
 */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * Normalises `original` code point by code point (so surrogate pairs stay whole), keeping the offset map. A dropped
 * mark (tashkeel, an accent typed apart) joins the range of the letter before it, so a match ending on that letter
 * covers its marks too.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  let lastUnits = 0; // units the last letter kept gave
  for (const char of original) {
    const start = at;
    at += char.length;
    const folded = foldCodePoint(char);
    if (folded === '') {
      if (lastUnits > 0) ends.fill(at, ends.length - lastUnits);
      continue;
    }
    if (folded === ' ') {
      lastUnits = 0;
      if (text.endsWith(' ')) continue;
    } else lastUnits = folded.length;
    for (let i = 0; i < folded.length; i += 1) {
      starts.push(start);
      ends.push(at);
    }
    text += folded;
  }
  return { text, starts, ends };
}

/** `text` in the search's normal form: the `text` of normalizeWithOffsets, without building the offset map. */
export function normalizeForSearch(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = foldCodePoint(char);
    if (folded === ' ' && out.endsWith(' ')) continue;
    out += folded;
  }
  return out;
}

/** The normal form of what someone typed to search: as normalizeForSearch, without spaces at either end. */
export function normalizeQuery(query: string): string {
  return normalizeForSearch(query).trim();
}

/**
 * Every match of `query` in `original`, as half-open UTF-16 ranges of the original, in text order and not
 * overlapping. An empty query (after normalisation) matches nothing.
 */
export function findMatches(original: string | NormalizedText, query: string): Array<{ start: number; end: number }> {
  const needle = normalizeQuery(query);
  if (needle === '') return [];
  const haystack = typeof original === 'string' ? normalizeWithOffsets(original) : original;
  const matches: Array<{ start: number; end: number }> = [];
  for (let i = haystack.text.indexOf(needle); i !== -1; i = haystack.text.indexOf(needle, i + needle.length)) {
    matches.push({ start: haystack.starts[i]!, end: haystack.ends[i + needle.length - 1]! });
  }
  return matches;
}

/** What the queue search looks in: a claim's quote and note, apart, so that no match spans the two. */
export const SEARCH_FIELD_SEPARATOR = '\u001F';

/** The normal form of a claim's searchable text, stored beside it on PostgreSQL and cached on lowdb. */
export function claimSearchText(claim: { quote: { exact: string }; note: string }): string {
  return normalizeForSearch(claim.quote.exact) + SEARCH_FIELD_SEPARATOR + normalizeForSearch(claim.note);
}
