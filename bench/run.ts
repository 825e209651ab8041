// `npm run bench [-- <ids>]`: runs the benchmark suites named (every one when none is), prints one table per suite
// and saves the figures under bench/results/. An unknown id prints the valid ones and exits with code 2. Suites are
// imported when they run, so that choosing some loads only theirs.
import { mkdir, writeFile } from 'node:fs/promises';
import { printStores } from './stores-report.ts';
import type { BenchRow } from './measure.ts';

interface Suite {
  id: string;
  name: string;
  run: () => Promise<BenchRow[]>;
  /** Prints its own table (the stores side by side) instead of the measure/value/unit one. */
  print?: (rows: BenchRow[]) => void;
}

const suites: Suite[] = [
  { id: 'idle-rss', name: 'idle server memory on the demo store', run: async () => (await import('./idle-rss.ts')).benchIdleRss() },
  { id: 'store-writes', name: 'store writes', run: async () => (await import('./store-writes.ts')).benchStoreWrites() },
  { id: 'split-sentences', name: 'sentence splitting', run: async () => (await import('./split-sentences.ts')).benchSplitSentences() },
  { id: 'suggestion-quality', name: 'statement suggestions: precision and recall against the gold files', run: async () => (await import('./suggestion-quality.ts')).benchSuggestionQuality() },
  { id: 'suggestion-scaling', name: 'statement suggestions: time per 100k units on one long line', run: async () => (await import('./suggestion-scaling.ts')).benchSuggestionScaling() },
  { id: 'http', name: 'server under load (autocannon on loopback)', run: async () => (await import('./http-load.ts')).benchHttpLoad() },
  { id: 'stalls', name: 'stalls: one hostile request per class at its size limit (target: event loop never blocked > 100 ms)', run: async () => (await import('./stalls.ts')).benchStalls() },
  { id: 'browser', name: 'browser: article load (headless Chromium)', run: async () => (await import('./browser-load.ts')).benchBrowserLoad() },
  { id: 'bundle', name: 'first-load JavaScript', run: async () => (await import('./bundle-size.ts')).benchBundleSize() },
  { id: 'exports', name: 'exports of a 20,000-claim desk (time, size, peak RSS)', run: async () => (await import('./exports.ts')).benchExports() },
  { id: 'export-heap', name: 'JS heap of a JSON export of a 20,000-claim desk, gathered whole or streamed from the store', run: async () => (await import('./export-heap.ts')).benchExportHeap() },
  { id: 'stores', name: 'stores side by side: PostgreSQL, lowdb and json-server (issue 14)', run: async () => (await import('./stores.ts')).benchStores(), print: printStores },
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
