// Article text normalisation: every stored text is NFC, uses `\n` line ends and has no trailing whitespace,
// so that UTF-16 offsets computed in the browser and on the server agree.

/**
 * Normalises text the way the store keeps it: NFC, `\n` line ends, no trailing whitespace on any line or at the end.
 * trimEnd, not /\s+$/: the regex is retried at every start of a long run of spaces or blank lines (quadratic).
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+/, '')
    .trimEnd(); // only blank lines are left to trim at the end
}

export function isNormalizedText(text: string): boolean {
  return normalizeText(text) === text;
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
