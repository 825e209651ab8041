// Scores statement suggestions against a hand-written gold list (issue 4, item 5): precision and recall with spans
// alone and with spans and sources, shared by tests/domain/suggestion-quality.test.ts and bench/suggestion-quality.ts.

export interface AttributedSpan {
  start: number;
  end: number;
  sourceId: string | null;
}

/** A suggestion matches a gold statement when they overlap by at least this share of the longer of the two. */
export const MIN_OVERLAP = 0.8;

export interface Rates {
  /** Pairs matched one to one. */
  matched: number;
  /** matched / suggestions; 1 when nothing was suggested (nothing wrong was proposed: recall tells the rest). */
  precision: number;
  /** matched / gold statements; 1 when the gold list is empty. */
  recall: number;
}

export interface QualityScore<S extends AttributedSpan, G extends AttributedSpan> {
  suggested: number;
  gold: number;
  span: Rates;
  spanAndSource: Rates;
  /** Gold statements with no suggestion matching span and source. */
  missed: G[];
  /** Suggestions matching no gold statement in span and source. */
  wrong: S[];
}

function overlap(a: AttributedSpan, b: AttributedSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(a: AttributedSpan, b: AttributedSpan): boolean {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer > 0 && overlap(a, b) >= MIN_OVERLAP * longer;
}

/** Pairs each gold statement, in order, with the unpaired suggestion that overlaps it most among those that `fits`. */
function pair<S extends AttributedSpan, G extends AttributedSpan>(suggested: S[], gold: G[], fits: (s: S, g: G) => boolean) {
  const used = new Set<S>();
  const matchedGold = new Set<G>();
  for (const g of gold) {
    let best: S | undefined;
    for (const s of suggested) {
      if (used.has(s) || !fits(s, g)) continue;
      if (!best || overlap(s, g) > overlap(best, g)) best = s;
    }
    if (best) {
      used.add(best);
      matchedGold.add(g);
    }
  }
  const rates: Rates = {
    matched: used.size,
    precision: suggested.length === 0 ? 1 : used.size / suggested.length,
    recall: gold.length === 0 ? 1 : used.size / gold.length,
  };
  return { rates, used, matchedGold };
}

export function scoreSuggestions<S extends AttributedSpan, G extends AttributedSpan>(suggested: S[], gold: G[]): QualityScore<S, G> {
  const span = pair(suggested, gold, spansMatch);
  const both = pair(suggested, gold, (s, g) => spansMatch(s, g) && s.sourceId === g.sourceId);
  return {
    suggested: suggested.length,
    gold: gold.length,
    span: span.rates,
    spanAndSource: both.rates,
    missed: gold.filter((g) => !both.matchedGold.has(g)),
    wrong: suggested.filter((s) => !both.used.has(s)),
  };
}
