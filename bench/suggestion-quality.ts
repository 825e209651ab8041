// Benchmark: how well statement suggestions match the hand-written gold files (issue 4, item 5) — precision and
// recall with the source right and with the span alone, per article — and how long suggesting takes on the demo.
import { suggestStatements } from '../domain/suggest-statements.ts';
import { scoreSuggestions } from '../domain/suggestion-score.ts';
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
  const demo = loadGold('afp-karabakh-2020-10-09.ar.gold.json');
  const times = await timeIt(RUNS, () => suggestStatements(demo.text, demo.language, sources));
  rows.push({ name: `suggestStatements on the demo article (${demo.text.length} UTF-16 units, median of ${RUNS})`, value: median(times), unit: 'ms' });
  return rows;
}
