// A calendar day as the three parts a person types (day, month, year), in the order the interface language writes
// them, with the months named in that language; and back to the YYYY-MM-DD the API speaks. Digits typed on an Arabic
// keyboard (٠١٢…, or Persian ۰۱۲…) count as digits.

export interface DayParts {
  day: string;
  /** "1"–"12", or "" when no month is chosen. */
  month: string;
  year: string;
}

export type DayPart = keyof DayParts;

const EMPTY: DayParts = { day: '', month: '', year: '' };

/** The parts of a YYYY-MM-DD day; empty parts for anything else. */
export function dayParts(iso: string): DayParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! } : EMPTY;
}

/** Arabic-Indic and Persian digits as ASCII, surrounding spaces dropped. */
export function asciiDigits(text: string): string {
  return text.trim().replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf));
}

/**
 * The day the parts name as YYYY-MM-DD; "" when all three are empty; null while they are incomplete or name no real
 * day (31 February, a two-digit year).
 */
export function dayFromParts(parts: DayParts): string | null {
  const day = asciiDigits(parts.day);
  const month = asciiDigits(parts.month);
  const year = asciiDigits(parts.year);
  if (day === '' && month === '' && year === '') return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = date.toISOString().slice(0, 10);
  const same = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return same ? iso : null;
}

/** The order in which `language` writes a day's parts (en: month day year; fr and ar: day month year). */
export function partOrder(language: string): DayPart[] {
  const parts = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(0));
  return parts.map((p) => p.type).filter((type): type is DayPart => type === 'day' || type === 'month' || type === 'year');
}

/** January to December as `language` names them on their own. */
export function monthNames(language: string): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 1))));
}
