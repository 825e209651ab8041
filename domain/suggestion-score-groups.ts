// Pools statement-suggestion scores over many articles (issue 17, item 6): recall and precision with the source right,
// overall, per language and per source (the gold statement's source for recall, the suggestion's for precision), so
// that a bench or a test can say where the rules fail. Pure; scoring itself is domain/suggestion-score.ts.
import { scoreSuggestions, type AttributedSpan } from './suggestion-score.ts';

export interface ScoredArticle<S extends AttributedSpan, G extends AttributedSpan> {
  language: string;
  suggested: S[];
  gold: G[];
}

export interface PooledRates {
  gold: number;
  suggested: number;
  /** Gold statements matched in span and source. */
  found: number;
  /** Suggestions matching a gold statement in span and source. */
  right: number;
  recall: number;
  precision: number;
}

/** The label a source takes in the per-source table: its id, or `outside` for no seeded source. */
export const OUTSIDE_LABEL = 'outside';

function empty(): PooledRates {
  return { gold: 0, suggested: 0, found: 0, right: 0, recall: 1, precision: 1 };
}

function finish(r: PooledRates): PooledRates {
  return { ...r, recall: r.gold === 0 ? 1 : r.found / r.gold, precision: r.suggested === 0 ? 1 : r.right / r.suggested };
}

/** Scores each article on its own, then adds the counts up overall, per language and per source. */
export function poolScores<S extends AttributedSpan, G extends AttributedSpan>(articles: ScoredArticle<S, G>[]) {
  const overall = empty();
  const byLanguage = new Map<string, PooledRates>();
  const bySource = new Map<string, PooledRates>();
  const at = (map: Map<string, PooledRates>, key: string) => {
    let r = map.get(key);
    if (!r) map.set(key, (r = empty()));
    return r;
  };
  for (const { language, suggested, gold } of articles) {
    const score = scoreSuggestions(suggested, gold);
    const missed = new Set(score.missed);
    const wrong = new Set(score.wrong);
    const lang = at(byLanguage, language);
    for (const g of gold) {
      const found = missed.has(g) ? 0 : 1;
      for (const r of [overall, lang, at(bySource, g.sourceId ?? OUTSIDE_LABEL)]) {
        r.gold += 1;
        r.found += found;
      }
    }
    for (const s of suggested) {
      const right = wrong.has(s) ? 0 : 1;
      for (const r of [overall, lang, at(bySource, s.sourceId ?? OUTSIDE_LABEL)]) {
        r.suggested += 1;
        r.right += right;
      }
    }
  }
  const sorted = (map: Map<string, PooledRates>) => new Map([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, finish(v)]));
  return { overall: finish(overall), byLanguage: sorted(byLanguage), bySource: sorted(bySource) };
}
