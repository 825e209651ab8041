// The parts of a typed day: back and forth with YYYY-MM-DD, Arabic digits, impossible days, and the order and month
// names of each interface language.
import { describe, expect, it } from 'vitest';
import { asciiDigits, dayFromParts, dayParts, monthNames, partOrder } from '../../client/src/i18n/day-parts.ts';

describe('day parts', () => {
  it('split a day and put it back', () => {
    expect(dayParts('2020-10-09')).toEqual({ day: '9', month: '10', year: '2020' });
    expect(dayFromParts({ day: '9', month: '10', year: '2020' })).toBe('2020-10-09');
    expect(dayParts('')).toEqual({ day: '', month: '', year: '' });
    expect(dayParts('9 Oct')).toEqual({ day: '', month: '', year: '' });
  });

  it('read digits typed on an Arabic or Persian keyboard', () => {
    expect(asciiDigits(' ٢٠٢٠ ')).toBe('2020');
    expect(asciiDigits('۰۹')).toBe('09');
    expect(dayFromParts({ day: '٩', month: '10', year: '٢٠٢٠' })).toBe('2020-10-09');
  });

  it('say empty for no parts, and nothing yet for a day typed in part or one that does not exist', () => {
    expect(dayFromParts({ day: '', month: '', year: '' })).toBe('');
    expect(dayFromParts({ day: '9', month: '', year: '2020' })).toBeNull();
    expect(dayFromParts({ day: '9', month: '10', year: '20' })).toBeNull();
    expect(dayFromParts({ day: '31', month: '2', year: '2021' })).toBeNull();
    expect(dayFromParts({ day: '29', month: '2', year: '2024' })).toBe('2024-02-29');
    expect(dayFromParts({ day: 'x', month: '2', year: '2024' })).toBeNull();
  });

  it('follow each language’s order and month names', () => {
    expect(partOrder('en')).toEqual(['month', 'day', 'year']);
    expect(partOrder('fr')).toEqual(['day', 'month', 'year']);
    expect(partOrder('ar')).toEqual(['day', 'month', 'year']);
    expect(monthNames('fr')[9]).toBe('octobre');
    expect(monthNames('ar')[9]).toBe('أكتوبر');
    expect(monthNames('en')).toHaveLength(12);
  });
});
