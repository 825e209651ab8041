// The worker thread of server/suggestions/suggester.ts: registers tsx's loader (tests and `npm start` run the
// TypeScript sources), then answers each task with the domain suggester's result.
import { register } from 'tsx/esm/api';

register();
const { suggestStatements } = await import('../../domain/suggest-statements.ts');

/** @param {{ text: string, language: string, sources: import('../../domain/schemas.ts').Source[] }} task */
export default function suggest({ text, language, sources }) {
  return suggestStatements(text, language, sources);
}
