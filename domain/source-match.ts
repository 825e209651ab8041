// Finds where an article names a known source (by name, display name, alias, or a name or role phrase of its people
// and institutions, domain/source-directory.ts) in Arabic, English or French copy,
// tolerant of hamza spelling, diacritics, accents and case and of Arabic proclitics, to preselect a claim's source.
import { addToTrie, prefixTrie, walkTrie, type PrefixTrie } from './prefix-trie.ts';
import type { Source } from './schemas.ts';
import { directoryNames, type DirectoryEntry } from './source-directory.ts';

/** A source as matching reads it: its own names and aliases, and the names of its people and institutions. */
export type MatchableSource = Pick<Source, 'id' | 'name' | 'aliases'> & Partial<Pick<Source, 'names'>> & DirectoryEntry;

/** Every name a source goes by: its name, display names, aliases, and its people's and institutions' names and roles. */
export function namesOf(source: MatchableSource): string[] {
  return [source.name, ...Object.values(source.names ?? {}), ...source.aliases, ...directoryNames(source)];
}

export interface SourceMention {
  sourceId: string;
  /** The name or alias, as the source spells it, that matched. */
  alias: string;
  start: number;
  end: number;
}

/** Text folded for matching, with `origins[i]` the UTF-16 offset in the original of the unit that gave `key[i]`. */
export interface MatchText {
  key: string;
  /** One longer than `key`: `origins[key.length]` is the original length, so `[origins[s], origins[e])` maps a range. */
  origins: number[];
}

const ARABIC_FOLDS: Record<string, string> = { 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك', 'ـ': '' };
const MARK_OR_FORMAT = /[\p{M}\p{Cf}]/gu;
const APOSTROPHES = /[’‘ʼ`´]/g;
const WHITESPACE = /^\s$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE = 0x20;
const REMOVED = -1;
const SLOW = -2;

/** One code point folded: NFD without marks (é→e, أ→ا, ؤ→و, ئ→ي, harakat gone), lowercase, Arabic letter variants. */
function foldSlow(char: string): string {
  if (WHITESPACE.test(char)) return ' ';
  return ARABIC_FOLDS[char] ?? char.normalize('NFD').replace(MARK_OR_FORMAT, '').toLowerCase().replace(APOSTROPHES, "'");
}

/** The folded code unit for ASCII and the Arabic block (the bulk of every text), REMOVED, or SLOW for the rest. */
const FAST_FOLDS = new Int32Array(0x700).fill(SLOW);
for (let code = 0; code < 0x80; code++) FAST_FOLDS[code] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d]) FAST_FOLDS[code] = SPACE;
for (let code = 0x0621; code <= 0x06ff; code++) {
  const folded = foldSlow(String.fromCharCode(code));
  FAST_FOLDS[code] = folded.length === 0 ? REMOVED : folded.length === 1 ? folded.charCodeAt(0) : SLOW;
}
const slowFolds = new Map<number, string>();

/** Folds `text` for matching, keeping for every folded unit the original offset it came from. Spaces collapse. */
export function toMatchText(text: string): MatchText {
  let units = new Uint16Array(text.length + 8);
  const origins: number[] = [];
  let length = 0;
  const push = (unit: number, origin: number) => {
    if (unit === SPACE && length > 0 && units[length - 1] === SPACE) return;
    if (length === units.length) {
      const grown = new Uint16Array(units.length * 2);
      grown.set(units);
      units = grown;
    }
    units[length++] = unit;
    origins.push(origin);
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const fast = code < FAST_FOLDS.length ? (FAST_FOLDS[code] ?? SLOW) : SLOW;
    if (fast >= 0) push(fast, i);
    else if (fast === SLOW) {
      const codePoint = text.codePointAt(i) ?? code;
      let folded = slowFolds.get(codePoint);
      if (folded === undefined) slowFolds.set(codePoint, (folded = foldSlow(String.fromCodePoint(codePoint))));
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i);
      if (codePoint > 0xffff) i++;
    }
  }
  origins.push(text.length);
  let key = '';
  for (let k = 0; k < length; k += 8192) key += String.fromCharCode(...units.subarray(k, Math.min(length, k + 8192)));
  return { key, origins };
}

const aliasKeys = new Map<string, string>();

/** The folded form of `text` used to compare names: `matchKey('الأرمينية') === matchKey('الارمينية')`. */
export function matchKey(text: string): string {
  let key = aliasKeys.get(text);
  if (key === undefined) {
    key = toMatchText(text).key.trim();
    // Names come from a bounded list of sources, so the cache stays small; article text never goes through here.
    if (aliasKeys.size >= 10_000) aliasKeys.clear();
    aliasKeys.set(text, key);
  }
  return key;
}

function isWordChar(key: string, i: number): boolean {
  const code = key.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code >= 0x0621 && code <= 0x064a) return true;
  return WORD_CHAR.test(key[i] ?? '');
}

interface AliasEntry {
  sourceId: string;
  alias: string;
  needsBoundary: boolean;
}
/**
 * Aliases by their first folded word, then in a trie by what follows it in their key (` الارمينيه` for `الحكومة
 * الأرمينية`): matching looks up each text word once and walks one trie, so it never tries the aliases one by one.
 */
type AliasIndex = Map<string, PrefixTrie<AliasEntry>>;

/** Aliases by their first folded word, each key once per source. */
function indexAliases(sources: readonly MatchableSource[]): AliasIndex {
  const index: AliasIndex = new Map();
  for (const source of sources) {
    const seen = new Set<string>();
    for (const alias of namesOf(source)) {
      const key = matchKey(alias);
      if (seen.has(key) || !isWordChar(key, 0)) continue;
      seen.add(key);
      let firstEnd = 1;
      while (firstEnd < key.length && isWordChar(key, firstEnd)) firstEnd++;
      const first = key.slice(0, firstEnd);
      let rests = index.get(first);
      if (!rests) index.set(first, (rests = prefixTrie()));
      addToTrie(rests, key.slice(firstEnd), { sourceId: source.id, alias, needsBoundary: isWordChar(key, key.length - 1) });
    }
  }
  return index;
}

/**
 * The forms a text word may take for an alias's first word: itself, and without the Arabic proclitics و ف (and) and
 * ب ل ك (with, for, like) in that order, with لل standing for ل + ال (للحكومة → الحكومة).
 */
function stems(word: string): string[] {
  const forms = [word];
  let k = 0;
  if ((word[0] === 'و' || word[0] === 'ف') && word.length > 2) forms.push(word.slice(++k));
  if ((word[k] === 'ب' || word[k] === 'ل' || word[k] === 'ك') && word.length - k > 2) forms.push(word.slice(k + 1));
  if (word.startsWith('لل', k) && word.length - k > 3) forms.push('ا' + word.slice(k + 1));
  return forms;
}

function findWithIndex(text: string, index: AliasIndex): SourceMention[] {
  if (index.size === 0) return [];
  const { key, origins } = toMatchText(text);
  const found: SourceMention[] = [];
  for (let start = 0; start < key.length; ) {
    if (!isWordChar(key, start)) {
      start++;
      continue;
    }
    let wordEnd = start + 1;
    while (wordEnd < key.length && isWordChar(key, wordEnd)) wordEnd++;
    for (const stem of stems(key.slice(start, wordEnd))) {
      const rests = index.get(stem);
      if (!rests) continue;
      walkTrie(rests, key, wordEnd, (end, entries) => {
        for (const entry of entries) {
          if (entry.needsBoundary && isWordChar(key, end)) continue;
          found.push({ sourceId: entry.sourceId, alias: entry.alias, start: origins[start] ?? 0, end: origins[end] ?? text.length });
        }
      });
    }
    start = wordEnd;
  }
  return longestFirst(found);
}

/** Of overlapping mentions keeps the longest (the earlier one on a tie), in text order. */
function longestFirst(found: SourceMention[]): SourceMention[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SourceMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
    else if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
  }
  return kept;
}

/**
 * Every place in `text` that names one of `sources`, as whole words: case, accents, hamza forms, harakat and tatweel
 * are ignored, and Arabic proclitics may precede the first word (بالكرملين, للحكومة الارمينية). A range covers the
 * whole written word, proclitics included, so that it never cuts an Arabic word. Overlaps go to the longest match.
 */
export function findSourceMentions(text: string, sources: readonly MatchableSource[]): SourceMention[] {
  return findWithIndex(text, indexAliases(sources));
}

/**
 * The source to preselect for a claim: the first one the claimed text names, else the first one its sentence names,
 * else null.
 */
export function preselectSource(
  sources: readonly MatchableSource[],
  claimText: string,
  sentenceText: string,
): string | null {
  const index = indexAliases(sources);
  return (findWithIndex(claimText, index)[0] ?? findWithIndex(sentenceText, index)[0])?.sourceId ?? null;
}
