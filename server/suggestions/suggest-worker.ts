// The task of server/suggestions/suggester.ts's piscina worker: the domain suggester's answer for one article.
import type { Source, Suggestion } from '../../domain/schemas.ts';
import { suggestStatements } from '../../domain/suggest-statements.ts';

export interface SuggestTask {
  text: string;
  language: string;
  sources: readonly Source[];
}

export default function suggest({ text, language, sources }: SuggestTask): Suggestion[] {
  return suggestStatements(text, language, sources);
}
