// Text normalisation and offset conversion.
import { describe, expect, it } from 'vitest';
import { isNormalizedText, looksBinary, normalizeText, splitsSurrogatePair, utf16ToCodePointOffset } from '../../domain/text.ts';

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
  it('drops C0, DEL and C1 controls but tab and line feed, and keeps RLM, LRM, ALM, ZWNJ and ZWJ', () => {
    const marks = 'قال\u200F Peskov\u200E \u061C١٠ نص\u200Cي\u200D';
    expect(normalizeText(`a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg\th ${marks}`)).toBe(`abcdefg\th ${marks}`);
  });
  it('makes a line end of a vertical tab, a form feed and NEL', () => {
    expect(normalizeText('one\u000Btwo\u000Cthree\u0085four')).toBe('one\ntwo\nthree\nfour');
  });
  it('still takes a text stored with control characters before intake dropped them as normalised', () => {
    expect(isNormalizedText('bell\u0007 and\u0085next')).toBe(true);
  });
  // A 10 s hang guard, not a timing assertion: /\s+$/ and /\n+$/ took 49 s and 74 s on these (issue 13, finding 7).
  it.each([
    ['spaces inside a line', 'a' + ' '.repeat(200_000) + 'b', 'a' + ' '.repeat(200_000) + 'b'],
    ['blank lines inside the text', 'a' + '\n'.repeat(200_000) + 'b', 'a' + '\n'.repeat(200_000) + 'b'],
  ])('normalises a text with a long run of %s', (_run, raw, normalized) => {
    expect(normalizeText(raw)).toBe(normalized);
  }, 10_000);
});

describe('looksBinary', () => {
  it('takes a few stray controls for text and many for a binary file', () => {
    expect(looksBinary('A sentence pasted from a terminal\u001B with one escape.')).toBe(false);
    expect(looksBinary('PK\u0003\u0004\u0000\u0000 binary')).toBe(true);
    expect(looksBinary('text\uFFFE')).toBe(true);
  });
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
