// Wire copy names a government by its country ("Armenia said…", «قالت أرمينيا», « l'Arménie a affirmé »); sources of
// kind `government` with a country code take part in matching under that country's name as well, from Intl.DisplayNames.
import type { MatchableSource } from '../source-match.ts';

export type CountrySource = MatchableSource & { kind?: string | undefined; country?: string | undefined };

const REGION = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const displayNames = new Map<string, Intl.DisplayNames>();

function regionName(code: string, language: string): string | null {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? null;
}

/**
 * The sources with, for each government, its country's name in the article's language and in Arabic, English and
 * French added to its aliases. Other sources are returned as they are.
 */
export function withCountryNames<S extends CountrySource>(sources: readonly S[], language: string): S[] {
  const base = language.split('-')[0]?.toLowerCase() ?? '';
  const languages = [...new Set([...(LANGUAGE.test(base) ? [base] : []), 'ar', 'en', 'fr'])];
  return sources.map((source) => {
    const code = source.country?.toUpperCase() ?? '';
    if (source.kind?.toLowerCase() !== 'government' || !REGION.test(code)) return source;
    const names = languages.map((l) => regionName(code, l)).filter((name): name is string => name !== null);
    return { ...source, aliases: [...source.aliases, ...names] };
  });
}
