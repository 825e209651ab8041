// Benchmark: the real server under load on loopback (autocannon): claim creation at 1, 8 and 32 clients, one article
// with its claims and the review queue, on stores of 1k, 10k and 50k claims, each next to the bare cost of the same work.
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { splitSentences } from '../domain/split-sentences.ts';
import { STORE_FILE_NAME } from '../server/store/file-store.ts';
import { generateStore, writeStore } from './generate-store.ts';
import { median, timeIt, type BenchRow } from './measure.ts';
import { spawnServer } from './spawn-server.ts';

const SIZES = [
  { claims: 1_000, articles: 50 },
  { claims: 10_000, articles: 500 },
  { claims: 50_000, articles: 2_500 },
];

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * The median time of one GET as a client sees it (fetch, gzip accepted, body read), in fractional milliseconds:
 * autocannon reports whole milliseconds, too coarse next to a bare read of well under one.
 */
async function readTime(url: string, headers: Record<string, string>, runs: number): Promise<number> {
  return median(
    await timeIt(runs, async () => {
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
    }),
  );
}

export async function benchHttpLoad(seconds = Number(process.env.BENCH_SECONDS ?? 4)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const label = `${size.claims / 1000}k claims`;
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-load-'));
    try {
      const data = await generateStore(size.claims, size.articles);
      await writeStore(dir, data);
      const server = await spawnServer(dir);
      const article = data.articles[0]!;
      // Reads next to the bare work of the same read in process, on the store as generated: before the write load
      // below adds thousands of claims to this article (a bare read of the generated data would then be unfair).
      const claimsOfArticle = data.claims.filter((c) => c.articleId === article.id);
      const bareArticle = median(await timeIt(20, () => JSON.stringify({ ...article, sentences: splitSentences(article.text, 'ar'), claims: claimsOfArticle })));
      const articleRead = await readTime(`${server.url}/api/articles/${article.id}`, server.headers, 50);
      const bareQueue = median(await timeIt(10, () => JSON.stringify(data.claims.filter((c) => c.verdict === 'disputed'))));
      const queueRead = await readTime(`${server.url}/api/claims?verdict=disputed`, server.headers, 20);
      // The queue as the review page reads it: its first page of 50, next to the raw read of the same claims in process
      // (the scan for the matches and JSON.stringify of the page; no sort).
      const barePage = median(await timeIt(20, () => JSON.stringify(data.claims.filter((c) => c.verdict === 'disputed').slice(0, 50))));
      const pageRead = await readTime(`${server.url}/api/claims/page?verdict=disputed`, server.headers, 50);
      rows.push(
        { name: `${label}: GET article with claims, p50`, value: articleRead, unit: 'ms' },
        { name: `${label}: bare read of the same article`, value: bareArticle, unit: 'ms' },
        { name: `${label}: article p50 / bare read`, value: articleRead / Math.max(bareArticle, 0.001), unit: '×' },
        { name: `${label}: GET review queue (disputed), p50`, value: queueRead, unit: 'ms' },
        { name: `${label}: bare read of the same queue`, value: bareQueue, unit: 'ms' },
        { name: `${label}: queue p50 / bare read`, value: queueRead / Math.max(bareQueue, 0.001), unit: '×' },
        { name: `${label}: GET review queue page (disputed, first 50), p50`, value: pageRead, unit: 'ms' },
        { name: `${label}: bare read of the same page`, value: barePage, unit: 'ms' },
        { name: `${label}: queue page p50 / bare read`, value: pageRead / Math.max(barePage, 0.001), unit: '×' },
      );
      const body = JSON.stringify({ start: 0, end: 4, exact: article.text.slice(0, 4), sourceId: 'kremlin' });
      const throughput: Record<number, number> = {};
      for (const connections of [1, 8, 32]) {
        const result = await run({
          url: `${server.url}/api/articles/${article.id}/claims`,
          method: 'POST',
          headers: server.headers,
          body,
          connections,
          duration: seconds,
        });
        throughput[connections] = result.requests.average;
        rows.push(
          { name: `${label}: create claim, ${connections} clients, throughput`, value: result.requests.average, unit: 'req/s' },
          { name: `${label}: create claim, ${connections} clients, p50`, value: result.latency.p50, unit: 'ms' },
          { name: `${label}: create claim, ${connections} clients, p99`, value: result.latency.p99, unit: 'ms' },
        );
        if (result.non2xx > 0) rows.push({ name: `${label}: create claim, ${connections} clients, non-2xx`, value: result.non2xx, unit: 'responses' });
      }
      rows.push({ name: `${label}: throughput 32 clients / 1 client`, value: throughput[32]! / throughput[1]!, unit: '×' });

      // The bare cost of a write: the same store serialised and written (with and without fsync).
      // The store as it is now on disk (it grew during the load: claims and their audit entries), serialised the
      // way the store writes it: the bare cost of the same write.
      const onDisk: unknown = JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8'));
      const bare = median(await timeIt(5, () => writeFile(join(dir, 'bare.json'), JSON.stringify(onDisk, null, 2) + '\n')));
      const bareSync = median(
        await timeIt(5, async () => {
          const h = await open(join(dir, 'bare-sync.json'), 'w');
          await h.writeFile(JSON.stringify(onDisk, null, 2) + '\n');
          await h.sync();
          await h.close();
        }),
      );
      const single = await run({ url: `${server.url}/api/articles/${article.id}/claims`, method: 'POST', headers: server.headers, body, connections: 1, amount: 20 });
      rows.push(
        { name: `${label}: bare JSON.stringify + writeFile of the store`, value: bare, unit: 'ms' },
        { name: `${label}: bare JSON.stringify + writeFile + fsync`, value: bareSync, unit: 'ms' },
        { name: `${label}: claim write p50 / bare write`, value: single.latency.p50 / bare, unit: '×' },
        { name: `${label}: claim write p50 / bare write + fsync`, value: single.latency.p50 / bareSync, unit: '×' },
      );

      rows.push(
        { name: `${label}: server RSS`, value: await server.rssMb(), unit: 'MB' },
      );
      await server.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
