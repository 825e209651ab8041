// Numbers, dates and names formatted with Intl for the interface language (not the browser's, not the article's).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguageOf, DEFAULT_UI_LANGUAGE, type UiLanguage } from '@domain/locales.ts';

export interface Format {
  language: UiLanguage;
  /** 1234 → "1,234" (en), "1 234" (fr), "1,234" or "١٬٢٣٤" (ar, as the locale writes it). */
  number(n: number): string;
  /** A calendar day `YYYY-MM-DD` (no time-zone shift): "9 Oct 2020", "9 oct. 2020", "٩ أكتوبر ٢٠٢٠". */
  day(isoDate: string): string;
  /** An ISO timestamp, in the browser's time zone, date and time. */
  dateTime(timestamp: string): string;
  /** A language tag by its name in the interface language ("arabe" in French), or the tag when unknown. */
  languageName(tag: string): string;
  /** "a, b and c" in the interface language. */
  list(items: readonly string[]): string;
}

const cache = new Map<UiLanguage, Format>();

export function formatFor(language: UiLanguage): Format {
  let format = cache.get(language);
  if (format) return format;
  const numbers = new Intl.NumberFormat(language);
  const days = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const times = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const languages = new Intl.DisplayNames([language], { type: 'language' });
  const lists = new Intl.ListFormat(language, { type: 'conjunction' });
  /** A value that is not a date is shown as stored (`shown`), not as the string built to parse it. */
  const safely = (value: string, make: (d: Date) => string, shown = value) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? shown : make(date);
  };
  format = {
    language,
    number: (n) => numbers.format(n),
    day: (isoDate) => safely(`${isoDate.slice(0, 10)}T00:00:00Z`, (d) => days.format(d), isoDate),
    dateTime: (timestamp) => safely(timestamp, (d) => times.format(d)),
    languageName: (tag) => {
      try {
        return languages.of(tag) ?? tag;
      } catch {
        return tag; // an unusual tag Intl does not know: shown as stored
      }
    },
    list: (items) => lists.format(items),
  };
  cache.set(language, format);
  return format;
}

/** The formatters of the interface language; components re-render with new ones when it changes. */
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = uiLanguageOf(i18n.resolvedLanguage ?? i18n.language) ?? DEFAULT_UI_LANGUAGE;
  return useMemo(() => formatFor(language), [language]);
}
