// Which claims a span overlaps, and where claims overlap one another: a claim may overlap others (issue 16, item 3),
// but the user is told so, and the text paints the shared part apart from either claim.
import type { TextRange } from './anchoring.ts';

interface Span extends TextRange {
  id: string;
}

/** The claims that share at least one character with `range`, each with its number in reading order (from 1). */
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
