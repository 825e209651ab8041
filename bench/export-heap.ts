// Benchmark: the JS heap a JSON export of a 20,000-claim desk holds, halfway through (a client that has taken half the
// file) and after, gathered whole first (as before, and as the printed reports still are) or read from the store's
// cursor while it is written; on lowdb and, when it is reachable, PostgreSQL. Each measure runs in a process of its
// own started with --expose-gc, so that heaps are measured after a collection and peaks do not carry over.
// `tsx bench/export-heap.ts`; BENCH_EXPORT_CLAIMS changes the size, TEST_DATABASE_URL the PostgreSQL server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ReportQuerySchema } from '../domain/requests.ts';
import { jsonReportStream } from '../domain/reports/json.ts';
import { reportChunks } from '../server/reports/build-report.ts';
import { buildReportInput, streamReportInput } from '../server/reports/report-scope.ts';
import { createLowRepositoryStore } from '../server/store/low-repositories.ts';
import { createMemoryStore } from '../server/store/low-store.ts';
import { openDatabase } from '../server/store/postgres/connection.ts';
import { migrateToLatest } from '../server/store/postgres/migrations.ts';
import { openPostgresStore } from '../server/store/postgres/pg-store.ts';
import { importStoreData } from '../server/store/postgres/transfer.ts';
import type { Store } from '../server/store/repositories.ts';
import { generateStore } from './generate-store.ts';
import type { BenchRow } from './measure.ts';

const CLAIMS = Number(process.env.BENCH_EXPORT_CLAIMS ?? 20_000);
const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PATHS = ['gathered whole', 'streamed'] as const;
type Path = (typeof PATHS)[number];

interface Figures {
  /** Heap in use with the store open, before the export (MB). */
  restMb: number;
  /** Heap in use above rest when half the file has been taken (MB). */
  halfMb: number;
  /** Heap in use above rest once the export is done (MB). */
  afterMb: number;
  peakRssMb: number;
  seconds: number;
  chars: number;
}

const MB = 1024 * 1024;
const desk = () => generateStore(CLAIMS, CLAIMS / 20);

/** The export's text taken chunk by chunk, as a client would; `atHalf` runs once half of `total` characters are in. */
async function take(chunks: Iterable<string> | AsyncIterable<string>, total: number, atHalf: () => void): Promise<number> {
  let chars = 0;
  let halfway = false;
  for await (const chunk of chunks) {
    chars += chunk.length;
    if (!halfway && chars >= total / 2) {
      halfway = true;
      atHalf();
    }
  }
  return chars;
}

/** One JSON export of every claim by `path`, read on one snapshot as the route reads it. */
function exportJson(store: Store, path: Path, total: number, atHalf: () => void): Promise<number> {
  const query = ReportQuerySchema.parse({ format: 'json' });
  const generatedAt = new Date().toISOString();
  return store.snapshot(async (read) => {
    if (path === 'streamed') return take(jsonReportStream(await streamReportInput(read, query, '', generatedAt)), total, atHalf);
    return take(await reportChunks('json', await buildReportInput(read, query, '', generatedAt)), total, atHalf);
  });
}

/** In the child process: one export by `path`, after one unmeasured run that gives the file's length. */
async function measure(path: Path, storeKind: string, url?: string): Promise<Figures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('export-heap: run the measure with --expose-gc');
  const store = storeKind === 'postgres' ? await openPostgresStore(url!, { poolSize: 2 }) : createLowRepositoryStore(createMemoryStore(await desk()));
  try {
    const total = await exportJson(store, 'streamed', Infinity, () => undefined);
    const used = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    const rest = used();
    let half = 0;
    const t0 = performance.now();
    const chars = await exportJson(store, path, total, () => (half = used()));
    const seconds = (performance.now() - t0) / 1000;
    const after = used();
    return { restMb: rest / MB, halfMb: (half - rest) / MB, afterMb: (after - rest) / MB, peakRssMb: process.resourceUsage().maxRSS / 1024, seconds, chars };
  } finally {
    await store.close();
  }
}

/** Runs `measure` in a fresh process with --expose-gc; its figures come back as one JSON line. */
function measureApart(path: Path, storeKind: string, url?: string): Promise<Figures> {
  const file = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', file, '--measure', path, storeKind, ...(url ? [url] : [])], {
    cwd: new URL('../', import.meta.url),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Figures) : reject(new Error(`export-heap ${path} on ${storeKind} exited ${code}`)))),
  );
}

async function onAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database holding the bench desk; undefined (and why, on stderr) when PostgreSQL is unreachable. */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const name = `claimdesk_bench_${randomBytes(4).toString('hex')}`;
  try {
    await onAdmin(`create database ${name} encoding 'UTF8' template template0`);
  } catch (error) {
    process.stderr.write(`  PostgreSQL skipped: ${(error as Error).message}\n`);
    return undefined;
  }
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).href;
  const db = openDatabase(url, { max: 2 });
  try {
    await migrateToLatest(db);
    await importStoreData(db, await desk());
  } finally {
    await db.destroy();
  }
  return { url, drop: () => onAdmin(`drop database if exists ${name} with (force)`) };
}

export async function benchExportHeap(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const label = `${CLAIMS / 1000}k claims`;
  const database = await benchDatabase();
  try {
    const stores: Array<[string, string | undefined]> = [['lowdb', undefined], ...(database ? [['postgres', database.url] as [string, string]] : [])];
    for (const [storeKind, url] of stores) {
      for (const path of PATHS) {
        const f = await measureApart(path, storeKind, url);
        const name = `${label}, ${storeKind}, JSON ${path}`;
        rows.push(
          { name: `${name}: heap above rest, halfway`, value: f.halfMb, unit: 'MB' },
          { name: `${name}: heap above rest, after`, value: f.afterMb, unit: 'MB' },
          { name: `${name}: peak RSS of the process`, value: f.peakRssMb, unit: 'MB' },
          { name: `${name}: time`, value: f.seconds, unit: 's' },
        );
        process.stdout.write(
          `  ${name}: heap at rest ${f.restMb.toFixed(1)} MB, +${f.halfMb.toFixed(1)} MB halfway, +${f.afterMb.toFixed(1)} MB after; peak RSS ${f.peakRssMb.toFixed(0)} MB; ${f.seconds.toFixed(2)} s; ${(f.chars / 1e6).toFixed(1)} M chars\n`,
        );
      }
    }
  } finally {
    await database?.drop();
  }
  return rows;
}

if (process.argv[2] === '--measure') {
  const [, , , path, storeKind, url] = process.argv;
  process.stdout.write(JSON.stringify(await measure(path as Path, storeKind!, url)) + '\n');
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchExportHeap());
}
