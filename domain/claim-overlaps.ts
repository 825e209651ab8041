// Which claims a span overlaps, and where claims overlap one another: a claim may overlap others (issue 16, item 3),
// but the user is told so, and the text paints the shared part apart from either claim.
import type { TextRange } from './anchoring.ts';

interface Span extends TextRange {
  id: string;
}

/** The claims that share at least one character with `range`, each with its number in reading order (from 1). */
/** Each claim's number as the workbench shows it: 1, 2, … in reading order (the claim list and the overlap notice). */
export function claimNumbers<T extends Span & { id: string }>(claims: readonly T[]): Map<string, number> {
  return new Map(inReadingOrder(claims).map((claim, index) => [claim.id, index + 1]));
}

export function overlappedClaims<T extends Span>(claims: readonly T[], range: TextRange): { claim: T; number: number }[] {
  return inReadingOrder(claims)
    .map((claim, index) => ({ claim, number: index + 1 }))
    .filter(({ claim }) => claim.start < range.end && range.start < claim.end);
}

/** The spans covered by two claims or more, merged and in text order. */
export function overlapRanges(claims: readonly TextRange[]): TextRange[] {
  const sorted = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const shared: TextRange[] = [];
  let reach = -1;
  for (const claim of sorted) {
    const end = Math.min(reach, claim.end);
    if (claim.start < end) {
      const last = shared.at(-1);
      if (last && last.end >= claim.start) last.end = Math.max(last.end, end);
      else shared.push({ start: claim.start, end });
    }
    reach = Math.max(reach, claim.end);
  }
  return shared;
}

/** Claims by where they start (then end): the order of the claim list and of "claim 3". */
export function inReadingOrder<T extends TextRange>(claims: readonly T[]): T[] {
  return [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Whether claims already cover most of `range` (at least half its characters): a suggestion the user has as good as
 * made into a claim, perhaps with other edges, is no longer proposed.
 */
export function coveredByClaims(claims: readonly TextRange[], range: TextRange): boolean {
  const length = range.end - range.start;
  if (length <= 0) return false;
  let covered = 0;
  let reach = range.start;
  for (const claim of inReadingOrder(claims)) {
    const start = Math.max(claim.start, reach);
    const end = Math.min(claim.end, range.end);
    if (end > start) covered += end - start;
    reach = Math.max(reach, Math.min(claim.end, range.end));
  }
  return covered * 2 >= length;
}
