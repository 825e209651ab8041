// Wire copy names a government by its country ("Armenia said…", «قالت أرمينيا», « l'Arménie a affirmé »): the source
// that speaks for a country (its `government`, else its `presidency`: « Moscou a appelé » is the Kremlin's) takes part
// in matching under that country's name as well, from Intl.DisplayNames.
import type { MatchableSource } from '../source-match.ts';
import { COUNTRY_VOICE_KINDS } from '../source-directory.ts';

export type CountrySource = MatchableSource & { kind?: string | undefined; country?: string | undefined };

const REGION = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
/** Kinds that speak for their country, the first one found for a country winning. */
const VOICES: readonly string[] = COUNTRY_VOICE_KINDS;
const displayNames = new Map<string, Intl.DisplayNames>();

function regionName(code: string, language: string): string | null {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    displayNames.set(language, names);
  }
  return names.of(code) ?? null;
}

/** The source id speaking for each country code: its government, else its presidency. */
export function countryVoices(sources: readonly CountrySource[]): Map<string, string> {
  const voices = new Map<string, string>();
  for (const kind of VOICES) {
    for (const source of sources) {
      const code = source.country?.toUpperCase() ?? '';
      if (source.kind?.toLowerCase() === kind && REGION.test(code) && !voices.has(code)) voices.set(code, source.id);
    }
  }
  return voices;
}

/**
 * The sources with, for each country's voice, its country's name in the article's language and in Arabic, English
 * and French added to its aliases, and the names added. Other sources are returned as they are.
 */
export function withCountryNames<S extends CountrySource>(sources: readonly S[], language: string): { sources: S[]; names: string[] } {
  const base = language.split('-')[0]?.toLowerCase() ?? '';
  const languages = [...new Set([...(LANGUAGE.test(base) ? [base] : []), 'ar', 'en', 'fr'])];
  const voices = countryVoices(sources);
  const added: string[] = [];
  const named = sources.map((source) => {
    const code = source.country?.toUpperCase() ?? '';
    if (voices.get(code) !== source.id) return source;
    const names = languages.map((l) => regionName(code, l)).filter((name): name is string => name !== null);
    added.push(...names);
    return { ...source, aliases: [...source.aliases, ...names] };
  });
  return { sources: named, names: added };
}
