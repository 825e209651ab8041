// Dates and numbers of the human reports (HTML, Markdown), formatted with Intl in the report's locale and time zone.
import type { ReportLabels } from './labels.ts';
import type { ReportInput } from './report-input.ts';

export interface ReportFormat {
  locale: string;
  /** A count as the locale writes it (e.g. Arabic-Indic digits for some Arabic locales). */
  number(n: number): string;
  /** A `YYYY-MM-DD` date, read as a calendar day (no time-zone shift). */
  day(isoDate: string): string;
  /** An ISO timestamp as a date and time in the report's time zone, with the zone named. */
  dateTime(timestamp: string): string;
  /** A language tag by its name in the locale ("Arabic" in English), or the tag itself when Intl does not know it. */
  language(tag: string): string;
}

/** Formatters for `input.locale` (default: the labels' language) and `input.timeZone` (default UTC). */
export function reportFormat(input: Pick<ReportInput, 'locale' | 'timeZone'>, labels: ReportLabels): ReportFormat {
  const locale = input.locale ?? labels.language;
  const numbers = new Intl.NumberFormat(locale);
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: input.timeZone ?? 'UTC',
    timeZoneName: 'short',
  });
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const safely = (format: (d: Date) => string, value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : format(date);
  };
  return {
    locale,
    number: (n) => numbers.format(n),
    day: (isoDate) => safely((d) => days.format(d), `${isoDate.slice(0, 10)}T00:00:00Z`),
    dateTime: (timestamp) => safely((d) => times.format(d), timestamp),
    language: (tag) => {
      try {
        return languages.of(tag) ?? tag;
      } catch {
        return tag; // Intl throws on a malformed tag; the tag is then the best name there is.
      }
    },
  };
}
