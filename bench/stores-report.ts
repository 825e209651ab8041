// The stores suite's figures as one table (rows = measures, columns = stores) and its targets (issue 14) with
// met or missed. Figures travel as BenchRows named `<store>: <measure> (<unit>)`, targets as `target: <text>`.
import type { BenchRow } from './measure.ts';
import type { Measures } from './store-load.ts';

const UNIT = /^(.*) \(([^)]+)\)$/;

export function toRows(byStore: Record<string, Measures>): BenchRow[] {
  return Object.entries(byStore).flatMap(([store, measures]) =>
    Object.entries(measures).map(([measure, value]) => ({ name: `${store}: ${measure}`, value, unit: UNIT.exec(measure)?.[2] ?? '' })),
  );
}

const round = (v: number) => Number(v.toFixed(v < 10 ? 2 : v < 1000 ? 1 : 0));

export function printStores(rows: BenchRow[]): void {
  const table = new Map<string, Record<string, number | string>>();
  const targets: Record<string, string>[] = [];
  for (const row of rows) {
    if (row.name.startsWith('target: ')) {
      targets.push({ target: row.name.slice(8), value: String(round(row.value)), result: row.unit });
      continue;
    }
    const cut = row.name.indexOf(': ');
    const [store, measure] = [row.name.slice(0, cut), row.name.slice(cut + 2)];
    const line = table.get(measure) ?? {};
    line[store] = round(row.value);
    table.set(measure, line);
  }
  console.table(Object.fromEntries(table));
  if (targets.length > 0) console.table(targets);
}

/**
 * Issue 14's targets on the largest PostgreSQL desk of the run (1M claims in a full run; named when smaller):
 * queue pages within 2× their bare SQL, write p50 ≤ 10 ms at 32 clients, RSS < 200 MB and ≤ 1.2× that of 10k, two
 * servers ≥ one. Missing figures (a subset without PostgreSQL) give no target.
 */
export function storeTargets(byStore: Record<string, Measures>): BenchRow[] {
  const pgIds = Object.keys(byStore).filter((id) => id.startsWith('pg-'));
  const top = pgIds.at(-1);
  if (!top) return [];
  const m = byStore[top]!;
  const rows: BenchRow[] = [];
  // A figure that is not a number (no request answered in time) misses its target.
  const target = (text: string, value: number, met: boolean, unit: string) =>
    rows.push({ name: `target: ${text}`, value, unit: `${unit}: ${met && Number.isFinite(value) ? 'met' : 'MISSED'}` });
  for (const page of ['first', 'last', 'filtered']) {
    const ratio = m[`queue ${page} page p50 (ms)`]! / m[`bare SQL ${page} page p50 (ms)`]!;
    target(`${top} queue ${page} page p50 ≤ 2× bare SQL`, ratio, ratio <= 2, '×');
  }
  for (const write of ['create', 'edit']) {
    const p50 = m[`${write} 32 clients p50 (ms)`]!;
    target(`${top} ${write} p50 at 32 clients ≤ 10 ms`, p50, p50 <= 10, 'ms');
  }
  const rss = m['server RSS after load (MB)']!;
  target(`${top} server RSS after load < 200 MB`, rss, rss < 200, 'MB');
  const small = byStore['pg-10k']?.['server RSS after load (MB)'];
  if (small !== undefined && top !== 'pg-10k') target(`RSS ${top} / RSS pg-10k ≤ 1.2`, rss / small, rss / small <= 1.2, '×');
  for (const what of ['queue page', 'edits']) {
    const one = m[`one server: ${what} (req/s)`];
    const two = m[`two servers: ${what} (req/s)`];
    if (one !== undefined && two !== undefined) target(`${top} two servers ≥ one: ${what} (two / one)`, two / one, two >= one, '×');
  }
  return rows;
}
