// The languages Claimdesk's interface and report templates speak, and the direction each is written in.
// Article languages are open (any BCP 47 tag); these three are the ones with message catalogues. No zod here: the
// client's first load imports this module (the schema is UiLanguageSchema in schemas.ts).
import type { Direction } from './schemas.ts';

export const UI_LANGUAGES = ['en', 'fr', 'ar'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'en';

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'sd', 'ug']);

/** The writing direction of a language tag (its primary subtag decides). */
export function directionOf(tag: string): Direction {
  return RTL_LANGUAGES.has(tag.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/** The interface language a tag asks for (`fr-CA` → `fr`), or undefined when Claimdesk does not speak it. */
export function uiLanguageOf(tag: string | null | undefined): UiLanguage | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split('-')[0];
  return UI_LANGUAGES.find((l) => l === primary);
}

/** A source's name in `language` when it has one (`names`), else its main name. */
export function sourceName(source: { name: string; names: Readonly<Record<string, string>> }, language: string): string {
  return source.names[language] ?? source.names[language.split('-')[0] ?? ''] ?? source.name;
}
