// Benchmark: how suggestStatements scales with the length of one line (issue 13, finding 7): milliseconds per 100,000
// UTF-16 units at 10k, 100k and 1M units, for wire copy joined into one line and for the shapes that were quadratic
// (one line without a break, a one-letter source alias, a long run of commas in a clause, unclaimed quotations).
// Linear code gives about the same figure at every size.
import { readFileSync } from 'node:fs';
import { suggestStatements, type SourceLike } from '../domain/suggest-statements.ts';
import { seedSources } from '../tests/fixtures/gold/gold-files.ts';
import { median, timeIt, type BenchRow } from './measure.ts';

const ARTICLE = new URL('../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url);
const SIZES = [10_000, 100_000, 1_000_000];
const PER = 100_000;

interface Shape {
  name: string;
  language: string;
  sources: (seed: SourceLike[]) => SourceLike[];
  /** The text at `size` units, give or take one repeated piece. */
  text: (size: number) => string;
}

function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.max(1, Math.round(size / piece.length)));
}

const withOneLetterAlias = (seed: SourceLike[]) => [...seed, { id: 'qaf', name: 'ق', aliases: ['ق'] }];

function scalingShapes(): Shape[] {
  const article = readFileSync(ARTICLE, 'utf8');
  const joined = article.replace(/\n+/g, ' ') + ' ';
  const unbroken = joined.replace(/[.!?؟…]/g, '');
  return [
    { name: 'wire copy joined into one line (ar)', language: 'ar', sources: (s) => s, text: (n) => repeatTo(joined, n) },
    { name: 'wire copy on one line without a sentence end (ar)', language: 'ar', sources: (s) => s, text: (n) => repeatTo(unbroken, n) },
    { name: 'the same with a one-letter source alias', language: 'ar', sources: withOneLetterAlias, text: (n) => repeatTo(unbroken, n) },
    {
      name: 'one-letter alias before every verb and definite noun (ar)',
      language: 'ar',
      sources: withOneLetterAlias,
      text: (n) => 'وقالت وزارة الدفاع الأذربيجانية إن القوات تقدمت، ' + repeatTo('ق، قال الجيشان، ', n) + 'وقالت الوزارة إن الهدنة صامدة',
    },
    { name: 'unclaimed quotations among verbs, one sentence (ar)', language: 'ar', sources: (s) => s, text: (n) => repeatTo('“ا ب ج” كلمة قال كلمة ', n) },
    { name: 'a run of commas inside a reported clause (ar)', language: 'ar', sources: (s) => s, text: (n) => 'قال بوتين إن الحرب ' + '،'.repeat(n) + ' انتهت الآن' },
  ];
}

function timeOnce(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** Milliseconds per 100,000 units for every shape at every size (median of a few runs; one run at 1M). */
export async function benchSuggestionScaling(): Promise<BenchRow[]> {
  const seed = seedSources();
  const rows: BenchRow[] = [];
  for (const shape of scalingShapes()) {
    const sources = shape.sources(seed);
    for (const size of SIZES) {
      const text = shape.text(size);
      const runs = size >= 1_000_000 ? 1 : size >= 100_000 ? 3 : 7;
      const run = () => suggestStatements(text, shape.language, sources);
      // The smaller sizes have warmed the code up; at 1M one run is enough and warm-up runs would triple the wait.
      const ms = runs === 1 ? timeOnce(run) : median(await timeIt(runs, run));
      const label = `${shape.name}, ${text.length.toLocaleString('en')} units (median of ${runs})`;
      rows.push({ name: label, value: (ms * PER) / text.length, unit: 'ms per 100k units' });
    }
  }
  return rows;
}
