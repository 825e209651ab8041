// `npm run bench -- stores` (issue 14): the same desk on PostgreSQL (10k, 100k, 1M claims), lowdb (10k, 50k) and
// json-server (10k), each measured by store-load.ts through its server; on PostgreSQL also the bare SQL of the queue
// pages (pg-bare.ts), and on the largest PostgreSQL desk two app servers against one. stores-report.ts prints them
// (bench/run.ts calls its printStores).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSeed } from '../server/store/seed.ts';
import { claimdeskApi, rssMb, type DeskApi, type DeskShape } from './desk-api.ts';
import { generateStore, writeStore } from './generate-store.ts';
import { startJsonServer } from './json-server-peer.ts';
import type { BenchRow } from './measure.ts';
import { median } from './measure.ts';
import { bareQueueTimes } from './pg-bare.ts';
import { createPgDesk } from './pg-desk.ts';
import { spawnServer } from './spawn-server.ts';
import { editRequests, load, measureDesk, settle, type Measures } from './store-load.ts';
import { chosenStores, LOAD_SECONDS, READ_RUNS, type StoreSpec } from './store-targets.ts';
import { storeTargets, toRows } from './stores-report.ts';

async function shapeOf(spec: StoreSpec): Promise<DeskShape> {
  const seed = await loadSeed(new Date().toISOString());
  return { articles: spec.articles, sourceId: seed.sources[1]!.id, word: /\S+/.exec(seed.articles[0]!.text)![0] };
}

/** Requests per second of the queue's first page and of edits: 32 clients on `apis` (shared out), all at once. */
async function throughput(apis: DeskApi[], firstEdit: number): Promise<{ queue: number; edits: number; failed: number }> {
  const clients = 32 / apis.length;
  const queue = await Promise.all(apis.map((api) => load({ url: `${api.url}/api/claims/page?verdict=disputed`, headers: api.headers, connections: clients, duration: LOAD_SECONDS })));
  await Promise.all(apis.map(settle));
  const edits = await Promise.all(
    apis.map((api, i) => load({ url: api.url, headers: api.headers, requests: editRequests(api, firstEdit + i * 200, 4 * clients), connections: clients, duration: LOAD_SECONDS })),
  );
  const sum = (results: { requests: { average: number } }[]) => results.reduce((n, r) => n + r.requests.average, 0);
  await Promise.all(apis.map(settle));
  const failed = [...queue, ...edits].reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
  return { queue: sum(queue), edits: sum(edits), failed };
}

async function benchPg(spec: StoreSpec, twoServers: boolean): Promise<Measures> {
  const t0 = performance.now();
  const desk = await createPgDesk(spec.claims, spec.articles);
  try {
    const server = await spawnServer(tmpdir(), { DATABASE_URL: desk.url });
    const m: Measures = { 'set-up (s)': (performance.now() - t0) / 1000, 'desk generated in SQL (s)': desk.setupMs / 1000 };
    try {
      const api = claimdeskApi(server, await shapeOf(spec));
      const { total } = await api.pages();
      const disputed = { verdict: 'disputed' as const };
      const bare = await bareQueueTimes(
        desk.url,
        [
          { query: disputed, offset: 0, limit: 50 },
          { query: disputed, offset: Math.max(0, total - 50), limit: 50 },
          { query: { ...disputed, sourceId: (await shapeOf(spec)).sourceId }, offset: 0, limit: 50 },
        ],
        READ_RUNS,
      );
      m['bare SQL first page p50 (ms)'] = median(bare[0]!);
      m['bare SQL last page p50 (ms)'] = median(bare[1]!);
      m['bare SQL filtered page p50 (ms)'] = median(bare[2]!);
      Object.assign(m, await measureDesk(api));
      m['server RSS after load (MB)'] = await rssMb(api.pid);
      if (twoServers) {
        const one = await throughput([api], 10_000 - 600);
        const second = await spawnServer(tmpdir(), { DATABASE_URL: desk.url });
        try {
          const apis = [api, claimdeskApi(second, await shapeOf(spec))];
          await throughput(apis, 10_000 - 1000); // warms the second server (its JIT, its pool) as the first one is
          const two = await throughput(apis, 10_000 - 400);
          m['one server: queue page (req/s)'] = one.queue;
          m['two servers: queue page (req/s)'] = two.queue;
          m['one server: edits (req/s)'] = one.edits;
          m['two servers: edits (req/s)'] = two.edits;
          if (one.failed + two.failed > 0) m['one and two servers: failed requests (count)'] = one.failed + two.failed;
        } finally {
          await second.stop();
        }
      }
    } finally {
      await server.stop();
    }
    return m;
  } finally {
    await desk.drop();
  }
}

async function benchFile(spec: StoreSpec): Promise<Measures> {
  const t0 = performance.now();
  const dir = await mkdtemp(join(tmpdir(), `claimdesk-${spec.kind}-`));
  try {
    const data = await generateStore(spec.claims, spec.articles);
    const shape = await shapeOf(spec);
    let api: DeskApi;
    if (spec.kind === 'lowdb') {
      await writeStore(dir, data);
      api = claimdeskApi(await spawnServer(dir), shape);
    } else {
      api = await startJsonServer(dir, data, shape);
    }
    try {
      const m: Measures = { 'set-up (s)': (performance.now() - t0) / 1000 };
      Object.assign(m, await measureDesk(api));
      m['server RSS after load (MB)'] = await rssMb(api.pid);
      return m;
    } finally {
      await api.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchStores(): Promise<BenchRow[]> {
  const specs = chosenStores();
  const largestPg = specs.filter((s) => s.kind === 'pg').at(-1);
  const byStore: Record<string, Measures> = {};
  for (const spec of specs) {
    process.stdout.write(`  ${spec.id}…\n`);
    byStore[spec.id] = spec.kind === 'pg' ? await benchPg(spec, spec === largestPg) : await benchFile(spec);
  }
  return [...toRows(byStore), ...storeTargets(byStore)];
}
