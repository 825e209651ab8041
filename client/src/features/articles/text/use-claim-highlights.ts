// Paints claims, the active claim and the draft span with the CSS Custom Highlight API, so no element ever
// splits an Arabic word and letter joining is never disturbed (see STYLE.md).
import { useEffect, type RefObject } from 'react';
import type { TextRange } from '@domain/anchoring.ts';
import { overlapRanges } from '@domain/claim-overlaps.ts';
import type { Claim } from '@domain/schemas.ts';
import { VERDICT_META } from '../../../lib/verdicts.ts';
import { indexPieces, rangeFromOffsets } from '../../../lib/dom-offsets.ts';

export const HIGHLIGHT_NAMES = [
  'claim-unreviewed',
  'claim-corroborated',
  'claim-disputed',
  'claim-overlap',
  'claim-active',
  'claim-draft',
];

export function useClaimHighlights(
  rootRef: RefObject<HTMLElement | null>,
  /** The text as rendered: the ranges are built again when it changes. */
  text: string,
  claims: readonly Claim[],
  activeClaimId: string | null,
  draft: TextRange | null,
) {
  useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pieces = indexPieces(root);
    const highlights = new Map(HIGHLIGHT_NAMES.map((name) => [name, new Highlight()]));
    for (const claim of claims) {
      const range = rangeFromOffsets(pieces, claim);
      if (!range) continue;
      highlights.get(VERDICT_META[claim.verdict].highlight)?.add(range);
      if (claim.id === activeClaimId) highlights.get('claim-active')?.add(range);
    }
    // Where claims overlap, a mark of its own: the two claims' tints and line styles stay, with a line above.
    for (const shared of overlapRanges(claims)) {
      const range = rangeFromOffsets(pieces, shared);
      if (range) highlights.get('claim-overlap')?.add(range);
    }
    const draftRange = draft && rangeFromOffsets(pieces, draft);
    if (draftRange) highlights.get('claim-draft')?.add(draftRange);
    // Later names win where ranges overlap: the active claim and the draft above any verdict colour.
    highlights.forEach((highlight, name) => {
      highlight.priority = HIGHLIGHT_NAMES.indexOf(name);
      CSS.highlights.set(name, highlight);
    });
    return () => HIGHLIGHT_NAMES.forEach((name) => CSS.highlights.delete(name));
  }, [rootRef, text, claims, activeClaimId, draft]);
}
