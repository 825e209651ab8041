// Splits article text into the sentences a reader sees: Intl.Segmenter's boundaries (exact UTF-16 offsets, the same in
// Node and Chromium), then one linear merge pass that undoes its breaks inside quotations, after abbreviations and
// initials, and before a lowercase word, moves a French `. »` closer into its sentence, and adds breaks after `…`.
import type { Sentence } from './schemas.ts';
import { splitsSurrogatePair } from './text.ts';

/** Words ending in a full stop that do not end a sentence; capital initials (`J.`, `M.`, `U.K.`) are matched apart. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.', 'Jr.', 'Sr.', 'No.', 'Nos.', 'Fig.', 'vs.', 'e.g.', 'i.e.'],
  ...['Gen.', 'Col.', 'Lt.', 'Sgt.', 'Capt.', 'Gov.', 'Sen.', 'Rep.', 'U.S.', 'U.N.'],
  ...['M.', 'MM.', 'Mme.', 'Mlle.', 'Pr.'],
  ...['د.', 'أ.', 'أ.د.'], // دكتور, أستاذ, أستاذ دكتور
]);
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const LONGEST_ABBREVIATION = 12;
const LOWERCASE = /^\p{Ll}/u;
const DIGIT = /^\p{Nd}/u;
const WHITESPACE = /^\s/;

// Quotes are tracked as one on/off bit per family rather than as opener/closer depth, so that mirrored Arabic quotes
// (”…“, »…«) balance as well as “…” and «…». Single quotes are not tracked: ’ is also the apostrophe.
function quoteFamily(code: number): number {
  if (code === 0x22) return 1; // "
  if (code === 0x201c || code === 0x201d || code === 0x201e) return 2; // “ ” „
  if (code === 0xab || code === 0xbb) return 4; // « »
  return 0;
}

/** Paragraph separators of UAX #29: Intl.Segmenter always breaks after them, and so does splitSentences. */
function isHardBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

function isWhitespace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0x85 || WHITESPACE.test(text[i] ?? '');
}

/** Skips whitespace within the line: stops at a hard break. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isWhitespace(text, i) && !isHardBreak(text.charCodeAt(i))) i++;
  return i;
}

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

// V8 in Node 20 does work proportional to the whole string for every segment, so one call over 1 MB takes seconds
// (crbug.com/326176949, fixed in later V8; bench/split-sentences.ts shows it). A sentence never spans a line, so each
// line is segmented alone, and a very long line in chunks whose last CHUNK_MARGIN units go to the next (rules look ahead).
const CHUNK = 1024;
const CHUNK_MARGIN = 128;

function pushSegmentEnds(text: string, from: number, to: number, segmenter: Intl.Segmenter, ends: number[]): void {
  while (to - from > CHUNK) {
    let limit = from + CHUNK - CHUNK_MARGIN;
    if (splitsSurrogatePair(text, limit)) limit--;
    let resume = limit;
    for (const { index, segment } of segmenter.segment(text.slice(from, from + CHUNK))) {
      const end = from + index + segment.length;
      if (end > limit) break;
      ends.push(end);
      resume = end;
    }
    from = resume;
  }
  for (const { index, segment } of segmenter.segment(text.slice(from, to))) ends.push(from + index + segment.length);
}

/** After `…` (not a terminator in UAX #29) when spaces follow and then neither a lowercase letter nor a digit. */
function pushEllipsisBreaks(text: string, ends: number[]): void {
  for (let k = text.indexOf('…'); k !== -1; k = text.indexOf('…', k + 1)) {
    const next = skipSpaces(text, k + 1);
    if (next === k + 1 || next >= text.length || isHardBreak(text.charCodeAt(next))) continue;
    const char = charAt(text, next);
    if (!LOWERCASE.test(char) && !DIGIT.test(char)) ends.push(next);
  }
}

/** Every offset where a sentence may end, ascending, the last one being text.length. */
function candidateBreaks(text: string, language: string): number[] {
  const segmenter = sentenceSegmenter(language);
  const ends: number[] = [];
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    pushSegmentEnds(text, lineStart, lineEnd, segmenter, ends);
    lineStart = lineEnd;
  }
  const segmentCount = ends.length;
  pushEllipsisBreaks(text, ends);
  return ends.length === segmentCount ? ends : [...new Set(ends)].sort((a, b) => a - b);
}

function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  while (to > from && isWhitespace(text, to - 1)) to--;
  let start = to;
  while (start > from && to - start <= LONGEST_ABBREVIATION && !isWhitespace(text, start - 1)) start--;
  if (to - start > LONGEST_ABBREVIATION) return false;
  const word = text.slice(start, to).replace(/^[^\p{L}]+/u, '');
  return ABBREVIATIONS.has(word) || INITIALS.test(word);
}

/**
 * Splits `text` (NFC, `\n` line ends) into sentences with half-open UTF-16 `[start, end)` offsets trimmed of
 * whitespace: `text.slice(start, end) === sentence.text`, and only whitespace lies outside the sentences.
 * A line break always ends a sentence; a quotation holding several sentences stays in one (see the tests).
 */
export function splitSentences(text: string, language: string): Sentence[] {
  const sentences: Sentence[] = [];
  const emit = (from: number, to: number) => {
    while (from < to && isWhitespace(text, from)) from++;
    while (to > from && isWhitespace(text, to - 1)) to--;
    if (to > from) sentences.push({ index: sentences.length, start: from, end: to, text: text.slice(from, to) });
  };

  let sentenceStart = 0;
  let scanned = 0;
  let openQuotes = 0;
  for (const candidate of candidateBreaks(text, language)) {
    if (candidate <= scanned) continue;
    let hardBreak = false;
    for (let i = scanned; i < candidate; i++) {
      const code = text.charCodeAt(i);
      openQuotes ^= quoteFamily(code);
      if (isHardBreak(code)) hardBreak = true;
    }
    scanned = candidate;
    let end = candidate;
    if (hardBreak) {
      openQuotes = 0; // an unbalanced quote must not swallow the next paragraph
    } else if (end < text.length) {
      if (openQuotes !== 0) {
        // French `. »`: the segmenter breaks before the closing quote, which belongs to the sentence it closes.
        while (end < text.length && (openQuotes & quoteFamily(text.charCodeAt(end))) !== 0) {
          openQuotes ^= quoteFamily(text.charCodeAt(end));
          end++;
        }
        scanned = end;
        if (openQuotes !== 0) continue;
      }
      if (endsWithAbbreviation(text, sentenceStart, end)) continue;
      const next = skipSpaces(text, end);
      // “Really?” he asked. — UAX #29 breaks after ? and ! whatever follows.
      if (next < text.length && LOWERCASE.test(charAt(text, next))) continue;
    }
    emit(sentenceStart, end);
    sentenceStart = end;
  }
  // A quote still open at the very end (`«"؟ »`) skips the last candidate: what remains is the last sentence.
  emit(sentenceStart, text.length);
  return sentences;
}
