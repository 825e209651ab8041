// Article text normalisation: every stored text is NFC, uses `\n` line ends and has no trailing whitespace,
// so that UTF-16 offsets computed in the browser and on the server agree. Intake also drops control characters.

/**
 * Control characters (C0, DEL, C1) other than tab and line feed. Vertical tab, form feed and NEL (U+0085) end a line
 * or page in the texts they come from, so intake keeps them as a line end; the others mean nothing in an article.
 */
const LINE_CONTROL = /[\u000B\u000C\u0085]/g;
const OTHER_CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/**
 * The layout offsets rely on: NFC, `\n` line ends, no trailing whitespace on any line or at the end.
 * trimEnd, not /\s+$/: the regex is retried at every start of a long run of spaces or blank lines (quadratic).
 */
function normalizeLayout(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+/, '')
    .trimEnd(); // only blank lines are left to trim at the end
}

/**
 * Normalises text the way intake stores it: control characters dropped (issue 13, finding 14; a VT, FF or NEL
 * becomes a line end), then NFC, `\n` line ends, no trailing whitespace on any line or at the end. The marks that
 * Arabic text uses (LRM, RLM, ALM, ZWJ, ZWNJ) are not controls and stay.
 */
export function normalizeText(raw: string): string {
  return normalizeLayout(raw.replace(LINE_CONTROL, '\n').replace(OTHER_CONTROL, ''));
}

/**
 * Whether `text` has the stored layout. Control characters are not looked at: texts stored before intake dropped
 * them keep their offsets and stay valid.
 */
export function isNormalizedText(text: string): boolean {
  return normalizeLayout(text) === text;
}

/** Texts are refused as binary files when more than this share of their units are control characters. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Whether `raw` looks like a binary file rather than text: it holds a noncharacter (U+FFFE, U+FFFF: bytes read as
 * UTF-16 the wrong way round), or control characters other than tab and line ends are more than one unit in ten.
 * A text with a few stray controls (pasted from a PDF or a terminal) is text: intake drops them.
 */
export function looksBinary(raw: string): boolean {
  if (/[\uFFFE\uFFFF]/.test(raw)) return true;
  const controls = raw.match(OTHER_CONTROL)?.length ?? 0;
  return controls > raw.length * BINARY_CONTROL_SHARE;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Converts a UTF-16 offset into a Unicode code point offset (for exports that count code points). */
export function utf16ToCodePointOffset(text: string, utf16Offset: number): number {
  let points = 0;
  for (let i = 0; i < utf16Offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Count a high surrogate once with its low half; a lone one still counts as one point.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const prev = text.charCodeAt(i - 1);
      if (prev >= 0xd800 && prev <= 0xdbff) continue;
    }
    points++;
  }
  return points;
}
