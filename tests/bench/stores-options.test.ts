// The bench harness's choices, cheap to check: suites picked by id (an unknown one exits 2 naming the valid ones),
// the stores BENCH_STORES picks, and the targets of the stores suite judged met or missed from their figures.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chosenStores } from '../../bench/store-targets.ts';
import { storeTargets } from '../../bench/stores-report.ts';

describe('npm run bench -- <ids>', () => {
  it('exits 2 on an unknown suite id, naming the valid ones, and runs nothing', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', 'stores', 'nope'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown benchmark "nope"');
    expect(run.stderr).toContain('idle-rss, store-writes');
    expect(run.stderr).toContain('stores');
    expect(run.stdout).not.toContain('running');
  }, 30_000); // a process of its own, on a machine that may be busy
});

describe('BENCH_STORES', () => {
  it('picks the stores named, in the suite order', () => {
    expect(chosenStores({ BENCH_STORES: 'lowdb-10k,pg-10k' }).map((s) => s.id)).toEqual(['pg-10k', 'lowdb-10k']);
  });

  it('refuses a store it does not know, naming the valid ones', () => {
    expect(() => chosenStores({ BENCH_STORES: 'pg-2m' })).toThrow(/unknown pg-2m; valid: pg-10k, pg-100k, pg-1m/);
  });
});

describe('storeTargets', () => {
  const figures = (over: Record<string, number>) => ({
    'queue first page p50 (ms)': 3,
    'bare SQL first page p50 (ms)': 2,
    'queue last page p50 (ms)': 300,
    'bare SQL last page p50 (ms)': 100,
    'queue filtered page p50 (ms)': 4,
    'bare SQL filtered page p50 (ms)': 2,
    'create 32 clients p50 (ms)': 9,
    'edit 32 clients p50 (ms)': 11,
    'server RSS after load (MB)': 150,
    'one server: queue page (req/s)': 100,
    'two servers: queue page (req/s)': 120,
    'one server: edits (req/s)': 100,
    'two servers: edits (req/s)': 90,
    ...over,
  });

  it('judges the largest PostgreSQL desk against each target', () => {
    const rows = storeTargets({ 'pg-10k': figures({ 'server RSS after load (MB)': 120 }), 'pg-1m': figures({}) });
    const result = Object.fromEntries(rows.map((r) => [r.name, r.unit]));
    expect(result).toEqual({
      'target: pg-1m queue first page p50 ≤ 2× bare SQL': '×: met',
      'target: pg-1m queue last page p50 ≤ 2× bare SQL': '×: MISSED',
      'target: pg-1m queue filtered page p50 ≤ 2× bare SQL': '×: met',
      'target: pg-1m create p50 at 32 clients ≤ 10 ms': 'ms: met',
      'target: pg-1m edit p50 at 32 clients ≤ 10 ms': 'ms: MISSED',
      'target: pg-1m server RSS after load < 200 MB': 'MB: met',
      'target: RSS pg-1m / RSS pg-10k ≤ 1.2': '×: MISSED',
      'target: pg-1m two servers ≥ one: queue page (two / one)': '×: met',
      'target: pg-1m two servers ≥ one: edits (two / one)': '×: MISSED',
    });
  });

  it('misses a target whose figure is not a number (nothing answered)', () => {
    const rows = storeTargets({ 'pg-1m': figures({ 'one server: edits (req/s)': 0, 'two servers: edits (req/s)': 0 }) });
    expect(rows.find((r) => r.name.endsWith('edits (two / one)'))!.unit).toBe('×: MISSED');
  });

  it('gives no target when no PostgreSQL desk ran', () => {
    expect(storeTargets({ 'lowdb-10k': figures({}) })).toEqual([]);
  });
});
