// Searching sources by any of their names or aliases, or those of their people and institutions (a role phrase, a
// spokesman's name: issue 17), in Arabic, English or French, with source-match's folding (hamza forms, harakat,
// accents and case ignored).
import type { CreateSourceBody } from '@domain/requests.ts';
import { sourceName } from '@domain/locales.ts';
import type { Source } from '@domain/schemas.ts';
import { matchKey, namesOf } from '@domain/source-match.ts';

function haystack(source: Source): string[] {
  return namesOf(source).map(matchKey);
}

/**
 * Sources whose names hold every word of the query, best first (a name that starts with the query leads), then in
 * the alphabetical order of their names in `language`, the interface language.
 */
export function searchSources(sources: readonly Source[], query: string, language: string): Source[] {
  const collator = new Intl.Collator(language);
  const byName = (a: Source, b: Source) => collator.compare(sourceName(a, language), sourceName(b, language));
  const words = matchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sources].sort(byName);
  const scored = sources
    .map((source) => {
      const names = haystack(source);
      if (!words.every((w) => names.some((n) => n.includes(w)))) return null;
      const starts = names.some((n) => n.startsWith(words[0]!) || n.includes(` ${words[0]}`));
      return { source, score: starts ? 0 : 1 };
    })
    .filter((s): s is { source: Source; score: number } => s !== null);
  return scored.sort((a, b) => a.score - b.score || byName(a.source, b.source)).map((s) => s.source);
}

/** True when some name or alias of a source is the query (ignoring hamza, case and accents). */
export function namesExactly(source: Source, query: string): boolean {
  const q = matchKey(query.trim());
  return haystack(source).includes(q);
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** The body for a source added on the spot: its name, filed under Arabic when written in Arabic script. */
export function newSourceBody(name: string): CreateSourceBody {
  const trimmed = name.trim();
  return ARABIC_SCRIPT.test(trimmed) ? { name: trimmed, names: { ar: trimmed }, aliases: [trimmed] } : { name: trimmed, aliases: [trimmed] };
}
