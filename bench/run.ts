// `npm run bench`: runs every benchmark, prints one table and saves the figures under bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import { benchSplitSentences } from './split-sentences.ts';
import { benchStalls } from './stalls.ts';
import { benchStoreWrites } from './store-writes.ts';
import { benchHttpLoad } from './http-load.ts';
import { benchSuggestionQuality } from './suggestion-quality.ts';
import { benchSuggestionScaling } from './suggestion-scaling.ts';
import { benchBrowserLoad } from './browser-load.ts';
import { benchBundleSize } from './bundle-size.ts';
import { benchExports } from './exports.ts';
import { benchExportHeap } from './export-heap.ts';
import { benchIdleRss } from './idle-rss.ts';
import type { BenchRow } from './measure.ts';

const suites: Array<[string, () => Promise<BenchRow[]>]> = [
  ['idle server memory on the demo store', () => benchIdleRss()],
  ['store writes', () => benchStoreWrites()],
  ['sentence splitting', () => benchSplitSentences()],
  ['statement suggestions: precision and recall against the gold files', () => benchSuggestionQuality()],
  ['statement suggestions: time per 100k units on one long line', () => benchSuggestionScaling()],
  ['server under load (autocannon on loopback)', () => benchHttpLoad()],
  ['stalls: one hostile request per class at its size limit (target: event loop never blocked > 100 ms)', () => benchStalls()],
  ['browser: article load (headless Chromium)', () => benchBrowserLoad()],
  ['first-load JavaScript', () => benchBundleSize()],
  ['exports of a 20,000-claim desk (time, size, peak RSS)', () => benchExports()],
  ['JS heap of a JSON export of a 20,000-claim desk, gathered whole or streamed from the store', () => benchExportHeap()],
];

const results: Record<string, BenchRow[]> = {};
for (const [name, run] of suites) {
  process.stdout.write(`running ${name}…\n`);
  results[name] = await run();
}

for (const [name, rows] of Object.entries(results)) {
  console.log(`\n## ${name}`);
  console.table(rows.map((r) => ({ measure: r.name, value: Number(r.value.toFixed(r.value < 10 ? 3 : 1)), unit: r.unit })));
}

const dir = new URL('./results/', import.meta.url);
await mkdir(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = new URL(`bench-${stamp}.json`, dir);
await writeFile(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2));
console.log(`\nsaved ${out.pathname}`);
