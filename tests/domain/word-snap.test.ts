import { describe, expect, it } from 'vitest';
import type { TextRange } from '../../domain/anchoring.ts';
import { splitsSurrogatePair } from '../../domain/text.ts';
import { snapToWords } from '../../domain/word-snap.ts';

const arabic = 'وطالب فلاديمير بوتين، “بوقف القتال” في الساعة 12,00 ت غ.\nوقال مُسْتَعِدَّة الجمعة.';

/** The range covering the first `part` in `text`, its ends moved by `from` and `to` units. */
function rangeOf(text: string, part: string, from = 0, to = 0): TextRange {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`"${part}" is not in the text`);
  return { start: start + from, end: start + part.length + to };
}

function snapped(text: string, range: TextRange): string | null {
  const result = snapToWords(text, range);
  if (!result) return null;
  expect(splitsSurrogatePair(text, result.start)).toBe(false);
  expect(splitsSurrogatePair(text, result.end)).toBe(false);
  return text.slice(result.start, result.end);
}

describe('snapToWords', () => {
  it('widens a selection made inside an Arabic word to the whole word', () => {
    expect(snapped(arabic, rangeOf(arabic, 'بوقف', 1, -1))).toBe('بوقف');
    expect(snapped(arabic, rangeOf(arabic, 'بوقف', 2, -2))).toBeNull(); // nothing selected
    expect(snapped(arabic, rangeOf(arabic, 'بوقف القتال', 2, -3))).toBe('بوقف القتال');
  });

  it('keeps the harakat of a word with its letters', () => {
    expect(snapped(arabic, rangeOf(arabic, 'مُسْتَعِدَّة', 1, -1))).toBe('مُسْتَعِدَّة');
  });

  it('widens both ends of an English selection to whole words', () => {
    const text = 'The ministers met in Moscow on Friday.';
    expect(snapped(text, rangeOf(text, 'ministers met in Moscow', 3, -2))).toBe('ministers met in Moscow');
  });

  it('works whichever end was selected first', () => {
    const range = rangeOf(arabic, 'فلاديمير بوتين', 2, -1);
    expect(snapped(arabic, { start: range.end, end: range.start })).toBe('فلاديمير بوتين');
  });

  it('takes a number whole, with its decimal comma', () => {
    expect(snapped(arabic, rangeOf(arabic, '12,00', 1, -1))).toBe('12,00');
    expect(snapped('It rose 3.5 times.', rangeOf('It rose 3.5 times.', '3.5', 2))).toBe('3.5');
  });

  it('trims whitespace and line breaks at both ends', () => {
    expect(snapped(arabic, rangeOf(arabic, ' بوتين، ', 0, 0))).toBe('بوتين،');
    expect(snapped(arabic, rangeOf(arabic, 'غ.\nوقال', 0, -4))).toBe('غ.');
  });

  it('keeps the punctuation the selection included and adds none', () => {
    expect(snapped(arabic, rangeOf(arabic, '، “بوقف', 0, -2))).toBe('، “بوقف');
    expect(snapped(arabic, rangeOf(arabic, 'بوقف القتال', 1, -1))).toBe('بوقف القتال');
  });

  it('does not cross a line break it did not include', () => {
    expect(snapped(arabic, rangeOf(arabic, 'ت غ.', 0, 0))).toBe('ت غ.');
    expect(snapped(arabic, rangeOf(arabic, 'غ.\nوقال', 0, -3))).toBe('غ.\nوقال');
  });

  it('returns null when only whitespace, or nothing, is selected', () => {
    expect(snapToWords('one   two', { start: 3, end: 6 })).toBeNull();
    expect(snapToWords('one\n\ntwo', { start: 3, end: 5 })).toBeNull();
    expect(snapToWords('one two', { start: 1, end: 1 })).toBeNull();
    expect(snapToWords('', { start: 0, end: 0 })).toBeNull();
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const text = 'We 👨‍👩‍👧 agreed 😀.';
    expect(snapped(text, { start: text.indexOf('👨') + 1, end: text.indexOf('agreed') + 2 })).toBe('👨‍👩‍👧 agreed');
    expect(snapped(text, { start: text.indexOf('😀') + 1, end: text.indexOf('😀') + 2 })).toBe('😀');
    expect(snapped(text, { start: text.indexOf('ed'), end: text.indexOf('😀') + 1 })).toBe('agreed 😀');
  });

  it('stays inside a surrogate-safe window in a very long run without spaces', () => {
    const text = '😀'.repeat(2_000);
    const result = snapToWords(text, { start: 2_001, end: 2_003 });
    expect(result).not.toBeNull();
    expect(splitsSurrogatePair(text, result?.start ?? 0)).toBe(false);
    expect(splitsSurrogatePair(text, result?.end ?? 0)).toBe(false);
  });

  it('clamps a range that runs past the text', () => {
    expect(snapped('one two', { start: 5, end: 99 })).toBe('two');
  });
});
