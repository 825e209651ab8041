// Finds quotations in article text — “…”, ‘…’, „…“, «…», ‹…›, "…", and Arabic quotes set the other way round (»…«,
// ”…“) — with any spacing inside (French sets no-break spaces in « »), including ones that run over several sentences,
// and over paragraphs in the press convention where each new paragraph reopens the quote and only the last one closes
// it. A quote nested in one of the same marks (« … « … » … ») stays inside its outer quote.

export interface Quotation {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** The quoted words: inside the marks, without the spaces French sets inside « », nor a comma before the closer. */
  start: number;
  end: number;
  /** Words inside; a quote of one or two words is a scare quote or a name rather than a statement. */
  words: number;
}

/** Closers by opener. ASCII `"` is handled apart: it both opens and closes; `»` and `”` open only Arabic (mirrored). */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '‹': '›', '‘': '’', '»': '«', '”': '“' };
const PARAGRAPH_REOPENERS: Record<string, string> = { '“': '“', '„': '„', '«': '«»', '‹': '‹', '"': '"', '‘': '‘', '»': '»', '”': '”' };
const MIRRORED = new Set(['»', '”']);
const SPACE = /\s/u;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER = /[\p{L}\p{N}]/u;
const ARABIC = /[\u0600-\u06ff]/;
const BEFORE_ASCII_OPENER = /[\s([{—–\-/“‘«]/u;

/** `’` is an apostrophe between letters (`it’s`, `l’Élysée`), a closer otherwise. */
function isCloser(text: string, i: number, closers: string): boolean {
  const char = text[i] ?? '';
  if (!closers.includes(char)) return false;
  return char !== '’' || !LETTER.test(text[i + 1] ?? '');
}

/** `‘` opens after a space or punctuation; `»` and `”` open only a mirrored Arabic quote: before Arabic words. */
function isOpener(text: string, i: number): boolean {
  const char = text[i] ?? '';
  if (char === '"') return isAsciiOpener(text, i);
  if (!(char in CLOSERS)) return false;
  if (char === '‘') return !LETTER.test(text[i - 1] ?? '') && !SPACE.test(text[i + 1] ?? ' ');
  if (!MIRRORED.has(char)) return true;
  let next = i + 1;
  while (next < text.length && text[next] !== '\n' && SPACE.test(text[next] ?? '')) next++;
  return !LETTER.test(text[i - 1] ?? '') && ARABIC.test(text[next] ?? '');
}

function isAsciiOpener(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return (before === undefined || BEFORE_ASCII_OPENER.test(before)) && after !== undefined && !SPACE.test(after);
}

/** Where the quote opened at `open` closes, or (`close: -1`) where its paragraph ends without closing it. */
function findClose(text: string, open: number): { close: number; searchedTo: number } {
  const opener = text[open] ?? '';
  const closers = CLOSERS[opener] ?? '"';
  // The same mark opening again inside (not for `"`, which closes): a nested quote whose closer is not ours.
  const nests = opener !== '"' && !closers.includes(opener);
  let depth = 0;
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i] ?? '';
    if (isCloser(text, i, closers)) {
      if (depth === 0) return { close: i, searchedTo: i };
      depth--;
      continue;
    }
    if (nests && char === opener) {
      // `“…cour d’appel“, a-t-il dit`: an opener glued to the word before it and followed by a space or punctuation is a
      // closer typed the wrong way round, not a nested quotation (which opens before a word).
      if (depth === 0 && !SPACE.test(text[i - 1] ?? ' ') && /^[\s,.;:!?)]?$/u.test(text[i + 1] ?? '')) return { close: i, searchedTo: i };
      depth++;
    }
    if (char !== '\n') continue;
    // A new paragraph continues the quote only when it reopens it.
    let next = i + 1;
    while (next < text.length && text[next] !== '\n' && SPACE.test(text[next] ?? '')) next++;
    if (!(PARAGRAPH_REOPENERS[opener] ?? '').includes(text[next] ?? '\n')) return { close: -1, searchedTo: i };
    i = next;
  }
  return { close: -1, searchedTo: text.length };
}

function trimmedContent(text: string, open: number, close: number): { start: number; end: number } {
  let start = open + 1;
  let end = close;
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && (SPACE.test(text[end - 1] ?? '') || text[end - 1] === ',' || text[end - 1] === '،')) end--;
  return { start, end };
}

/** Every top-level quotation in `text`, in order; quotes nested inside another and unclosed quotes are left out. */
export function findQuotes(text: string): Quotation[] {
  const quotes: Quotation[] = [];
  // An opener that found no closer up to some offset tells the same of every like opener before that offset.
  const unclosedUntil = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (!isOpener(text, i)) continue;
    if (i < (unclosedUntil.get(char) ?? -1)) continue;
    const { close, searchedTo } = findClose(text, i);
    if (close === -1) {
      unclosedUntil.set(char, searchedTo);
      continue;
    }
    const { start, end } = trimmedContent(text, i, close);
    const words = text.slice(start, end).match(WORD)?.length ?? 0;
    if (words > 0) quotes.push({ open: i, close, start, end, words });
    i = close;
  }
  return quotes;
}
