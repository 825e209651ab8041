// `npm run bench [-- <ids>]`: runs the benchmark suites named (every one when none is), prints one table per suite
// and saves the figures under bench/results/. An unknown id prints the valid ones and exits with code 2.
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
import { benchStores } from './stores.ts';
import type { BenchRow } from './measure.ts';

interface Suite {
  id: string;
  name: string;
  run: () => Promise<BenchRow[]>;
  /** Prints its own table (the stores side by side) instead of the measure/value/unit one. */
  print?: (rows: BenchRow[]) => void;
}

const suites: Suite[] = [
  { id: 'idle-rss', name: 'idle server memory on the demo store', run: () => benchIdleRss() },
  { id: 'store-writes', name: 'store writes', run: () => benchStoreWrites() },
  { id: 'split-sentences', name: 'sentence splitting', run: () => benchSplitSentences() },
  { id: 'suggestion-quality', name: 'statement suggestions: precision and recall against the gold files', run: () => benchSuggestionQuality() },
  { id: 'suggestion-scaling', name: 'statement suggestions: time per 100k units on one long line', run: () => benchSuggestionScaling() },
  { id: 'http', name: 'server under load (autocannon on loopback)', run: () => benchHttpLoad() },
  { id: 'stalls', name: 'stalls: one hostile request per class at its size limit (target: event loop never blocked > 100 ms)', run: () => benchStalls() },
  { id: 'browser', name: 'browser: article load (headless Chromium)', run: () => benchBrowserLoad() },
  { id: 'bundle', name: 'first-load JavaScript', run: () => benchBundleSize() },
  { id: 'exports', name: 'exports of a 20,000-claim desk (time, size, peak RSS)', run: () => benchExports() },
  { id: 'export-heap', name: 'JS heap of a JSON export of a 20,000-claim desk, gathered whole or streamed from the store', run: () => benchExportHeap() },
  { id: 'stores', name: 'stores side by side: PostgreSQL, lowdb and json-server (issue 14)', ...benchStores },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((id) => !suites.some((s) => s.id === id));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.map((id) => `"${id}"`).join(', ')}; valid ids: ${suites.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
const chosen = asked.length === 0 ? suites : suites.filter((s) => asked.includes(s.id));

const results: Record<string, BenchRow[]> = {};
for (const suite of chosen) {
  process.stdout.write(`running ${suite.name}…\n`);
  results[suite.name] = await suite.run();
}

for (const suite of chosen) {
  const rows = results[suite.name]!;
  console.log(`\n## ${suite.name}`);
  if (suite.print) suite.print(rows);
  else console.table(rows.map((r) => ({ measure: r.name, value: Number(r.value.toFixed(r.value < 10 ? 3 : 1)), unit: r.unit })));
}

const dir = new URL('./results/', import.meta.url);
await mkdir(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = new URL(`bench-${stamp}.json`, dir);
await writeFile(out, JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2));
console.log(`\nsaved ${out.pathname}`);
