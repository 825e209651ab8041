// The stores the `stores` suite compares, and which of them a run takes: every one; BENCH_QUICK=1 the 10k ones with
// fewer seconds (a smoke run); BENCH_STORES=pg-10k,lowdb-10k a subset. BENCH_SECONDS sets each load's duration.
export type StoreKind = 'pg' | 'lowdb' | 'json-server';

export interface StoreSpec {
  id: string;
  kind: StoreKind;
  claims: number;
  /** Twenty claims an article, as in the http suite. */
  articles: number;
}

const spec = (kind: StoreKind, claims: number): StoreSpec => ({ id: `${kind}-${claims >= 1e6 ? `${claims / 1e6}m` : `${claims / 1e3}k`}`, kind, claims, articles: claims / 20 });

export const STORE_SPECS: readonly StoreSpec[] = [
  spec('pg', 10_000),
  spec('pg', 100_000),
  spec('pg', 1_000_000),
  spec('lowdb', 10_000),
  spec('lowdb', 50_000),
  spec('json-server', 10_000),
];

export const QUICK = process.env.BENCH_QUICK === '1';

/** Seconds of each autocannon run. */
export const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 1 : 3));

/** Timed runs of each read (after two to warm up): the p99 of 30 is nearly their maximum. */
export const READ_RUNS = QUICK ? 10 : 30;

export const WRITE_CLIENTS = [1, 8, 32] as const;

export function chosenStores(env: NodeJS.ProcessEnv = process.env): StoreSpec[] {
  if (env.BENCH_STORES) {
    const ids = env.BENCH_STORES.split(',').map((id) => id.trim());
    const unknown = ids.filter((id) => !STORE_SPECS.some((s) => s.id === id));
    if (unknown.length > 0) throw new Error(`BENCH_STORES: unknown ${unknown.join(', ')}; valid: ${STORE_SPECS.map((s) => s.id).join(', ')}`);
    return STORE_SPECS.filter((s) => ids.includes(s.id));
  }
  return QUICK ? STORE_SPECS.filter((s) => s.claims === 10_000) : [...STORE_SPECS];
}
