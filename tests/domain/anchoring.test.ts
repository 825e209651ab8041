// Anchoring: range checks name the field at fault; quotes are built and found again in the text.
import { describe, expect, it } from 'vitest';
import { anchorQuote, checkRange, quoteAt } from '../../domain/anchoring.ts';

const arabic = 'وطالب فلاديمير بوتين “بوقف القتال في ناغورني قره باغ لأسباب إنسانية” وفق بيان صادر عن الكرملين.';
const emoji = 'A 😀 B said it.';

describe('checkRange', () => {
  const good = { start: 6, end: 20, exact: arabic.slice(6, 20) };
  it('accepts a range whose exact text matches', () => {
    expect(checkRange(arabic, good)).toBeNull();
  });
  it.each([
    ['start past the text', { ...good, start: arabic.length + 1 }, 'start'],
    ['end past the text', { ...good, end: arabic.length + 1 }, 'end'],
    ['an empty range', { ...good, end: good.start }, 'end'],
    ['an end before the start', { ...good, start: 20, end: 6 }, 'end'],
    ['an exact that differs', { ...good, exact: 'x' }, 'exact'],
  ] as const)('blames the right field for %s', (_name, range, field) => {
    expect(checkRange(arabic, range)?.field).toBe(field);
  });
  it('refuses ranges that split a surrogate pair at either end', () => {
    expect(checkRange(emoji, { start: 3, end: 6, exact: emoji.slice(3, 6) })?.field).toBe('start');
    expect(checkRange(emoji, { start: 0, end: 3, exact: emoji.slice(0, 3) })?.field).toBe('end');
    expect(checkRange(emoji, { start: 2, end: 4, exact: '😀' })).toBeNull();
  });
});

describe('quoteAt', () => {
  it('keeps up to 32 units of context on each side', () => {
    const start = arabic.indexOf('بوقف');
    const end = arabic.indexOf('”');
    const q = quoteAt(arabic, { start, end });
    expect(q.exact).toBe(arabic.slice(start, end));
    expect(q.prefix).toBe(arabic.slice(Math.max(0, start - 32), start));
    expect(q.suffix).toBe(arabic.slice(end, end + 32));
  });
  it('never cuts the context inside a surrogate pair', () => {
    const text = `${'😀'.repeat(20)}X${'😀'.repeat(20)}`;
    const q = quoteAt(text, { start: 40, end: 41 });
    expect(q.exact).toBe('X');
    expect(q.prefix.isWellFormed()).toBe(true);
    expect(q.suffix.isWellFormed()).toBe(true);
  });
});

describe('anchorQuote', () => {
  it('keeps the remembered position when the text there still matches', () => {
    const text = 'said it. said it.';
    expect(anchorQuote(text, quoteAt(text, { start: 9, end: 13 }), { start: 9, end: 13 })).toEqual({ start: 9, end: 13 });
  });
  it('finds the quote by its context when the text moved', () => {
    const text = 'Baku said no. Yerevan said yes.';
    const quote = quoteAt(text, { start: 22, end: 26 }); // the second "said"
    const edited = `Update: ${text}`;
    expect(anchorQuote(edited, quote, { start: 22, end: 26 })).toEqual({ start: 30, end: 34 });
  });
  it('returns null when the quote is gone', () => {
    expect(anchorQuote('nothing here', { exact: 'absent', prefix: '', suffix: '' })).toBeNull();
  });
});
