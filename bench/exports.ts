// Benchmark: one export of a 20,000-claim desk in each format through the real server: time to the last byte, size,
// and peak memory (the server process alone, and with its children: the report worker is a thread, Chromium a process).
import { readdir, readFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot } from '../domain/publication/snapshot.ts';
import { DEFAULT_RATING_SCALE } from '../domain/rating-scale.ts';
import { DEFAULT_SETTINGS, type Article, type Claim, type Publication, type Settings, type Source } from '../domain/schemas.ts';
import { generateStore, writeStore } from './generate-store.ts';
import type { BenchRow } from './measure.ts';
import { spawnServer } from './spawn-server.ts';

const ALL_FORMATS = ['json', 'csv', 'webannotation', 'claimreview', 'md', 'html', 'pdf', 'package'];
/** BENCH_EXPORT_FORMATS=json,csv runs a few. */
const FORMATS = process.env.BENCH_EXPORT_FORMATS?.split(',') ?? ALL_FORMATS;

const rssKb = async (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // the process ended between listing and reading
  }
};

/** `pid` and every process below it, through each thread's `children` list. */
async function tree(pid: number): Promise<number[]> {
  const found = [pid];
  try {
    for (const task of await readdir(`/proc/${pid}/task`)) {
      const children = (await readFile(`/proc/${pid}/task/${task}/children`, 'utf8')).trim();
      for (const child of children ? children.split(' ') : []) found.push(...(await tree(Number(child))));
    }
  } catch {
    // gone meanwhile
  }
  return found;
}

/** Samples the RSS of `pid` and of its tree every 50 ms until stopped; returns the peaks in MB. */
function samplePeaks(pid: number) {
  let server = 0;
  let all = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const pids = await tree(pid);
      const sizes = await Promise.all(pids.map(rssKb));
      server = Math.max(server, sizes[0] ?? 0);
      all = Math.max(all, sizes.reduce((a, b) => a + b, 0));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return { serverMb: server / 1024, treeMb: all / 1024 };
  };
}

/** Asks /api/health every 50 ms until stopped; returns the slowest answer in ms (the server's event loop held up). */
function pollHealth(url: string) {
  let slowest = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return slowest;
  };
}

/** A newsroom that may publish (domain/publication/blockers.ts). */
const BENCH_NEWSROOM: Settings = { ...DEFAULT_SETTINGS, newsroomName: 'Bench Facts', publicBaseUrl: 'https://facts.example.org' };

/** Version 1 of each article's public page: its approved claims with a rated verdict, in text order. */
function publish(articles: readonly Article[], claims: readonly Claim[], sources: readonly Source[]): Publication[] {
  const byArticle = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = byArticle.get(claim.articleId) ?? [];
    group.push(claim);
    byArticle.set(claim.articleId, group);
  }
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  return articles.map((article) => {
    const inText = (byArticle.get(article.id) ?? []).sort((a, b) => a.start - b.start || a.end - b.end);
    const at = article.createdAt;
    const snapshot = buildSnapshot(article, inText, sourceById, at, DEFAULT_RATING_SCALE);
    return { id: `bench-publication-${article.id}`, articleId: article.id, slug: article.id, version: 1, status: 'published', snapshot, publishedAt: at, publishedBy: 'bench-editor', corrections: [], withdrawnAt: null, withdrawnReason: null };
  });
}

export async function benchExports(claims = Number(process.env.BENCH_EXPORT_CLAIMS ?? 20_000)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-exports-'));
  const label = `${claims / 1000}k claims`;
  try {
    // Every other claim approved, and each article published with them, by a newsroom that may publish: the
    // publication formats (ClaimReview, the package) then carry the claims on a public page and leave out the rest.
    const data = await generateStore(claims, claims / 20);
    const approved = { state: 'approved' as const, comment: '', decidedBy: 'bench-editor', decidedAt: data.claims[0]!.createdAt };
    const reviewed = data.claims.map((c, i) => (i % 2 ? c : { ...c, review: approved }));
    await writeStore(dir, { ...data, claims: reviewed, settings: BENCH_NEWSROOM, publications: publish(data.articles, reviewed, data.sources) });
    for (const format of FORMATS) {
      // A fresh server for each format, so that each peak is that export's alone (a heap, once grown, stays grown).
      const server = await spawnServer(dir);
      try {
        if (format === FORMATS[0]) rows.push({ name: `${label}: server RSS at rest`, value: await server.rssMb(), unit: 'MB' });
        const base = `${server.url}/api/reports?format=${format}&approved=all`;
        const stop = samplePeaks(server.child.pid!);
        const stopHealth = pollHealth(server.url);
        const t0 = performance.now();
        let res = await fetch(base, { headers: server.headers });
        let part = '';
        if (res.status === 422) {
          // Too many claims for one file: the first part stands for each of them.
          const { error } = (await res.json()) as { error: { params?: { parts?: number } } };
          part = ` (part 1 of ${error.params?.parts ?? '?'})`;
          res = await fetch(`${base}&part=1`, { headers: server.headers });
        }
        let bytes = 0;
        const reader = res.body!.getReader();
        for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
        const ms = performance.now() - t0;
        const peaks = await stop();
        const health = await stopHealth();
        // A failed export (Chromium timing out on a huge page, say) is a figure too: say so and go on.
        if (!res.ok) part += ` (failed: ${res.status})`;
        rows.push(
          { name: `${label}: ${format}${part}, time`, value: ms / 1000, unit: 's' },
          { name: `${label}: ${format}${part}, size`, value: bytes / 1024 / 1024, unit: 'MB' },
          { name: `${label}: ${format}${part}, peak server RSS`, value: peaks.serverMb, unit: 'MB' },
          { name: `${label}: ${format}${part}, peak RSS with Chromium`, value: peaks.treeMb, unit: 'MB' },
          { name: `${label}: ${format}${part}, slowest /api/health meanwhile`, value: health, unit: 'ms' },
        );
        process.stdout.write(`  ${format}${part}: ${(ms / 1000).toFixed(1)} s, ${(bytes / 1e6).toFixed(1)} MB, peak ${peaks.serverMb.toFixed(0)} MB (tree ${peaks.treeMb.toFixed(0)} MB), health ≤ ${health.toFixed(0)} ms\n`);
      } finally {
        await server.stop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchExports());
}
