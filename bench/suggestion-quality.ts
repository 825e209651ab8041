// Benchmark: how well statement suggestions match the hand-written gold files (issue 4, item 5) — precision and
// recall with the source right and with the span alone, per article — then recall and precision pooled per language
// and per source, on the project's original gold and, separately, on the real-text gold (issue 17, item 6), and how
// long suggesting takes on the demo.
import { suggestStatements, type SourceLike } from '../domain/suggest-statements.ts';
import { scoreSuggestions, type AttributedSpan } from '../domain/suggestion-score.ts';
import { poolScores, type PooledRates, type ScoredArticle } from '../domain/suggestion-score-groups.ts';
import { loadAllRealGold } from '../tests/fixtures/gold-real/real-gold-files.ts';
import { GOLD_FILES, loadGold, seedSources } from '../tests/fixtures/gold/gold-files.ts';
import { median, timeIt, type BenchRow } from './measure.ts';

const RUNS = 21;

/** Quality rows for every gold article, then the median milliseconds to suggest on the demo article. */
export async function benchSuggestionQuality(): Promise<BenchRow[]> {
  const sources = seedSources();
  const rows: BenchRow[] = [];
  for (const { file } of GOLD_FILES) {
    const gold = loadGold(file);
    const score = scoreSuggestions(suggestStatements(gold.text, gold.language, sources), gold.statements);
    const label = `${gold.name} [${gold.sample}, ${score.gold} statements, ${score.suggested} suggested]`;
    rows.push(
      { name: `${label} precision, span + source`, value: score.spanAndSource.precision, unit: 'ratio' },
      { name: `${label} recall, span + source`, value: score.spanAndSource.recall, unit: 'ratio' },
      { name: `${label} precision, span only`, value: score.span.precision, unit: 'ratio' },
      { name: `${label} recall, span only`, value: score.span.recall, unit: 'ratio' },
    );
  }
  const original = GOLD_FILES.map(({ file }) => loadGold(file));
  rows.push(...pooledRows('original gold', original.map((g) => scored(g, sources))));
  const real = loadAllRealGold();
  rows.push(...pooledRows(`real-text gold (${real.length} articles)`, real.map((g) => scored(g, sources))));
  const demo = loadGold('afp-karabakh-2020-10-09.ar.gold.json');
  const times = await timeIt(RUNS, () => suggestStatements(demo.text, demo.language, sources));
  rows.push({ name: `suggestStatements on the demo article (${demo.text.length} UTF-16 units, median of ${RUNS})`, value: median(times), unit: 'ms' });
  return rows;
}

function scored(gold: { language: string; text: string; statements: AttributedSpan[]; published?: string | null }, sources: SourceLike[]): ScoredArticle<AttributedSpan, AttributedSpan> {
  return { language: gold.language, suggested: suggestStatements(gold.text, gold.language, sources, { date: gold.published }), gold: gold.statements };
}

/** Recall and precision with the source right: overall, per language, per source (`outside`: no seeded source). */
function pooledRows(set: string, articles: ScoredArticle<AttributedSpan, AttributedSpan>[]): BenchRow[] {
  const pooled = poolScores(articles);
  const rows: BenchRow[] = [];
  const add = (group: string, r: PooledRates) => {
    const label = `${set}, ${group} [${r.gold} statements, ${r.suggested} suggested]`;
    rows.push(
      { name: `${label} recall, span + source`, value: r.recall, unit: 'ratio' },
      { name: `${label} precision, span + source`, value: r.precision, unit: 'ratio' },
    );
  };
  add('all', pooled.overall);
  for (const [language, r] of pooled.byLanguage) add(`language ${language}`, r);
  for (const [source, r] of pooled.bySource) add(`source ${source}`, r);
  return rows;
}
