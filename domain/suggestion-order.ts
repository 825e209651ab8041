// Which suggested statements a newsroom sees and in what order (issue 17, item 4): those scoring at or above its
// threshold, the surest first. The server filters (services/suggestions.ts); the panel sorts (suggestion-list.tsx).
import type { Suggestion } from './schemas.ts';

/** A suggestion without a score (from before scores existed) is not hidden: nothing says it is unsure. */
const scoreOf = (s: Pick<Suggestion, 'score'>) => s.score ?? 1;

export function atOrAboveThreshold<S extends Pick<Suggestion, 'score'>>(suggestions: S[], threshold: number): S[] {
  return suggestions.filter((s) => scoreOf(s) >= threshold);
}

/** Highest score first; equal scores keep text order (by start), so reading and sorting agree where they can. */
export function byScore<S extends Pick<Suggestion, 'score' | 'start'>>(suggestions: readonly S[]): S[] {
  return [...suggestions].sort((a, b) => scoreOf(b) - scoreOf(a) || a.start - b.start);
}
