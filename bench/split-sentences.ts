// Benchmark: splitSentences on ~1 MB of Arabic next to a bare Intl.Segmenter sentence pass over the same text, to show
// what the merge pass costs on top of the segmenter, and what segmenting a whole article in one call would cost.
import { readFileSync } from 'node:fs';
import { LIMITS } from '../domain/limits.ts';
import { splitSentences } from '../domain/split-sentences.ts';
import { median, timeIt, type BenchRow } from './measure.ts';

const ARTICLE = new URL('../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url);
const TARGET_UNITS = 1_000_000;
const RUNS = 5;

/** Times splitSentences and bare Intl.Segmenter passes over the demo article repeated to ~1 M UTF-16 units. */
export async function benchSplitSentences(): Promise<BenchRow[]> {
  const article = readFileSync(ARTICLE, 'utf8');
  const copies = Math.ceil(TARGET_UNITS / (article.length + 1));
  const text = Array.from({ length: copies }, () => article).join('\n');
  const megabytes = new TextEncoder().encode(text).length / 1_000_000;

  let sentences = 0;
  const splitMs = median(
    await timeIt(RUNS, () => {
      sentences = splitSentences(text, 'ar').length;
    }),
  );

  // splitSentences segments line by line; this is the same segmenter work with nothing on top.
  const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
  const lines = text.split('\n');
  let segments = 0;
  const bareMs = median(
    await timeIt(RUNS, () => {
      segments = 0;
      for (const line of lines) for (const _segment of segmenter.segment(line)) segments++;
    }),
  );

  // One call over a whole article of the largest size the store accepts, timed once: Node 20's segmenter is quadratic
  // (see domain/split-sentences.ts), so this takes about a second, and tens of seconds over the full ~1 MB.
  const largestArticle = text.slice(0, LIMITS.articleText);
  const started = performance.now();
  for (const _segment of segmenter.segment(largestArticle)) segments++;
  const wholeMs = performance.now() - started;
  if (sentences === 0 || segments === 0) throw new Error('benchSplitSentences: the text produced no sentences');

  const size = `${megabytes.toFixed(2)} MB UTF-8 Arabic, ${text.length} UTF-16 units`;
  return [
    { name: `splitSentences (${size}, ${sentences} sentences)`, value: splitMs, unit: 'ms' },
    { name: 'bare Intl.Segmenter sentence pass, line by line', value: bareMs, unit: 'ms' },
    { name: 'splitSentences / bare Intl.Segmenter', value: splitMs / bareMs, unit: 'x' },
    { name: 'splitSentences throughput', value: megabytes / (splitMs / 1000), unit: 'MB/s' },
    {
      name: `bare Intl.Segmenter sentence pass, one call over ${largestArticle.length} units (1 run)`,
      value: wholeMs,
      unit: 'ms',
    },
  ];
}
