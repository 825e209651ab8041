// The measures of the stores suite on one desk behind its API (desk-api.ts): the queue's pages and an article with
// its claims as a client times them (fetch, body read; fractional ms), then claim creates and edits under autocannon
// at 1, 8 and 32 clients, then the server's RSS after that load.
import autocannon from 'autocannon';
import type { DeskApi, Edit } from './desk-api.ts';
import { median, timeIt } from './measure.ts';
import { LOAD_SECONDS, READ_RUNS, WRITE_CLIENTS } from './store-targets.ts';

export type Measures = Record<string, number>;

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(options, (error, result) => (error ? reject(error) : resolve(result))));
}

/**
 * Waits until `api`'s server has worked off what a load left queued: a server goes on with requests whose client
 * has gone, and the next load would otherwise wait behind them. One read of the article, answered after them.
 */
export async function settle(api: DeskApi): Promise<void> {
  await (await fetch(`${api.url}${api.article}`, { headers: api.headers })).arrayBuffer();
}

async function readTimes(api: DeskApi, path: string): Promise<number[]> {
  return timeIt(READ_RUNS, async () => {
    const res = await fetch(`${api.url}${path}`, { headers: api.headers });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  });
}

/**
 * Edits spread over claims handed out one request at a time: a claim goes back to the pool with the version its
 * answer gave, so no two requests in flight edit the same claim and none meets a 409 (one that does, loses its claim
 * from the pool; the pool is larger than the clients). `first` is the first generated claim this run may edit.
 */
export function editRequests(api: DeskApi, first: number, count: number): autocannon.Request[] {
  const free: Edit[] = Array.from({ length: count }, (_, i) => ({ id: `bench-claim-${first + i}`, version: 1 }));
  return [
    {
      method: 'PATCH',
      setupRequest: (req) => {
        const claim = free.shift();
        if (!claim) throw new Error('bench: no claim left to edit');
        return { ...req, ...api.edit(claim) };
      },
      onResponse: (status, body) => {
        if (status === 200) free.push(api.editedVersion(body));
      },
    },
  ];
}

export async function measureDesk(api: DeskApi): Promise<Measures> {
  const m: Measures = {};
  const pages = await api.pages();
  for (const [name, path] of [['queue first page', pages.first], ['queue last page', pages.deep], ['queue filtered page', pages.filtered]] as const) {
    const times = await readTimes(api, path);
    m[`${name} p50 (ms)`] = median(times);
    m[`${name} p99 (ms)`] = percentile(times, 99);
  }
  m['article with claims p50 (ms)'] = median(await readTimes(api, api.article));

  let editFrom = 0;
  for (const clients of WRITE_CLIENTS) {
    const create = await load({ url: `${api.url}${api.create.path}`, method: 'POST', headers: api.headers, body: api.create.body, connections: clients, duration: LOAD_SECONDS });
    await settle(api);
    m[`create ${clients} clients (req/s)`] = create.requests.average;
    m[`create ${clients} clients p50 (ms)`] = create.latency.p50;
    m[`create ${clients} clients p99 (ms)`] = create.latency.p99;
    if (create.non2xx + create.errors + create.timeouts > 0) m[`create ${clients} clients failed (count)`] = create.non2xx + create.errors + create.timeouts;
    const edit = await load({ url: api.url, headers: api.headers, requests: editRequests(api, editFrom, clients * 4), connections: clients, duration: LOAD_SECONDS });
    await settle(api);
    editFrom += clients * 4;
    m[`edit ${clients} clients (req/s)`] = edit.requests.average;
    m[`edit ${clients} clients p50 (ms)`] = edit.latency.p50;
    m[`edit ${clients} clients p99 (ms)`] = edit.latency.p99;
    if (edit.non2xx + edit.errors + edit.timeouts > 0) m[`edit ${clients} clients failed (count)`] = edit.non2xx + edit.errors + edit.timeouts;
  }
  return m;
}
