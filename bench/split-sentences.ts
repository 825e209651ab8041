// Benchmark: splitSentences on ~1 MB of Arabic against a bare Intl.Segmenter sentence pass over the same text,
// to show what the merge pass costs on top of the segmenter.
import { readFileSync } from 'node:fs';
import { splitSentences } from '../domain/split-sentences.ts';

const ARTICLE = new URL('../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url);
const TARGET_UNITS = 1_000_000;
const WARM_UPS = 3;
const RUNS = 5;

function medianMs(run: () => void): number {
  for (let i = 0; i < WARM_UPS; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Times splitSentences and a bare Intl.Segmenter pass over ~1 MB of Arabic; returns rows for bench/run.ts. */
export async function benchSplitSentences(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const article = readFileSync(ARTICLE, 'utf8');
  const text = Array.from({ length: Math.ceil(TARGET_UNITS / (article.length + 1)) }, () => article).join('\n');
  const megabytes = new TextEncoder().encode(text).length / 1_000_000;

  let sentences = 0;
  const splitMs = medianMs(() => {
    sentences = splitSentences(text, 'ar').length;
  });
  const segmenter = new Intl.Segmenter('ar', { granularity: 'sentence' });
  let segments = 0;
  const bareMs = medianMs(() => {
    segments = 0;
    for (const _segment of segmenter.segment(text)) segments++;
  });
  if (sentences === 0 || segments === 0) throw new Error('benchSplitSentences: the text produced no sentences');

  return [
    { name: `splitSentences, ${megabytes.toFixed(2)} MB Arabic (${sentences} sentences)`, value: splitMs, unit: 'ms' },
    { name: `bare Intl.Segmenter sentence pass (${segments} segments)`, value: bareMs, unit: 'ms' },
    { name: 'splitSentences / bare Intl.Segmenter', value: splitMs / bareMs, unit: 'x' },
    { name: 'splitSentences throughput', value: megabytes / (splitMs / 1000), unit: 'MB/s' },
  ];
}
