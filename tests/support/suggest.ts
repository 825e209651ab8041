// The suggester as the suggestion tests call it: every suggestion checked to be the text at its offsets and to fit
// the shared schema, against the seeded sources unless others are given.
import { expect } from 'vitest';
import { SuggestionSchema } from '../../domain/schemas.ts';
import { suggestStatements, type SourceLike, type Suggestion } from '../../domain/suggest-statements.ts';
import { seedSources } from '../fixtures/gold/gold-files.ts';

export function suggest(text: string, language: string, sources: SourceLike[] = seedSources()): Suggestion[] {
  const suggestions = suggestStatements(text, language, sources);
  for (const s of suggestions) {
    expect(text.slice(s.start, s.end)).toBe(s.exact);
    expect(() => SuggestionSchema.parse(s)).not.toThrow();
  }
  return suggestions;
}

/** `[exact, sourceId]` of every suggestion, in text order. */
export function attributed(text: string, language: string, sources?: SourceLike[]): Array<[string, string | null]> {
  return suggest(text, language, sources).map((s) => [s.exact, s.sourceId]);
}
