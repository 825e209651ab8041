// Paints claims, the active claim and the draft span with the CSS Custom Highlight API, so no element ever
// splits an Arabic word and letter joining is never disturbed (see STYLE.md). One highlight per verdict of the desk's
// scale (its rules are written by components/verdict-styles.tsx), then the marks that go above every verdict.
import { useEffect, type RefObject } from 'react';
import type { TextRange } from '@domain/anchoring.ts';
import { overlapRanges } from '@domain/claim-overlaps.ts';
import type { Claim } from '@domain/schemas.ts';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { verdictHighlight } from '../../../lib/verdict-view.ts';
import { indexPieces, rangeFromOffsets } from '../../../lib/dom-offsets.ts';

/** The marks painted above every verdict, lowest first. */
export const MARK_NAMES = ['claim-overlap', 'claim-active', 'claim-draft'];

export function useClaimHighlights(
  rootRef: RefObject<HTMLElement | null>,
  /** The text as rendered: the ranges are built again when it changes. */
  text: string,
  claims: readonly Claim[],
  activeClaimId: string | null,
  draft: TextRange | null,
) {
  const scale = useRatingScale();
  useEffect(() => {
    const names = [...scale.verdicts.map((v) => verdictHighlight(v.key)), ...MARK_NAMES];
    const root = rootRef.current;
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pieces = indexPieces(root);
    const highlights = new Map(names.map((name) => [name, new Highlight()]));
    for (const claim of claims) {
      const range = rangeFromOffsets(pieces, claim);
      if (!range) continue;
      highlights.get(verdictHighlight(claim.verdict))?.add(range);
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
      highlight.priority = names.indexOf(name);
      CSS.highlights.set(name, highlight);
    });
    return () => names.forEach((name) => CSS.highlights.delete(name));
  }, [rootRef, text, claims, activeClaimId, draft, scale]);
}
