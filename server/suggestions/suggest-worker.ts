// The task of server/suggestions/suggester.ts's piscina worker: the domain suggester's answer for one article.
import type { Source, Suggestion } from '../../domain/schemas.ts';
import { suggestStatements } from '../../domain/suggest-statements.ts';

export interface SuggestTask {
  text: string;
  language: string;
  sources: readonly Source[];
  /** The article's publication date, if known: people speak for a source only while in their role. */
  date?: string | null;
}

export default function suggest({ text, language, sources, date }: SuggestTask): Suggestion[] {
  return suggestStatements(text, language, sources, { date });
}
