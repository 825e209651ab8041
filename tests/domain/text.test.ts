// Text normalisation and offset conversion.
import { describe, expect, it } from 'vitest';
import { isNormalizedText, normalizeText, splitsSurrogatePair, utf16ToCodePointOffset } from '../../domain/text.ts';

describe('normalizeText', () => {
  it('turns CRLF and CR into LF and drops trailing whitespace on every line and at the ends', () => {
    expect(normalizeText('\r\n  first  \r\nsecond\t\rthird \n\n')).toBe('  first\nsecond\nthird');
  });
  it('composes to NFC', () => {
    const decomposed = 'E\u0301lyse\u0301e';
    expect(normalizeText(decomposed)).toBe('Élysée');
    expect(isNormalizedText(decomposed)).toBe(false);
  });
  it('leaves normalised Arabic untouched', () => {
    const text = 'قالت أرمينيا الجمعة إنها “مستعدة”.\nوبعد دعوات المجتمع الدولي.';
    expect(normalizeText(text)).toBe(text);
  });
  // A 10 s hang guard, not a timing assertion: /\s+$/ and /\n+$/ took 49 s and 74 s on these (issue 13, finding 7).
  it.each([
    ['spaces inside a line', 'a' + ' '.repeat(200_000) + 'b', 'a' + ' '.repeat(200_000) + 'b'],
    ['blank lines inside the text', 'a' + '\n'.repeat(200_000) + 'b', 'a' + '\n'.repeat(200_000) + 'b'],
  ])('normalises a text with a long run of %s', (_run, raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  }, 10_000);
});

describe('offsets', () => {
  it('detects a position inside a surrogate pair', () => {
    expect(splitsSurrogatePair('a😀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a😀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a😀b', 3)).toBe(false);
  });
  it('counts code points before a UTF-16 offset', () => {
    const text = 'x😀y😀z';
    expect(utf16ToCodePointOffset(text, 0)).toBe(0);
    expect(utf16ToCodePointOffset(text, 3)).toBe(2);
    expect(utf16ToCodePointOffset(text, text.length)).toBe([...text].length);
  });
});
