// Moving a desk between stores: importing and exporting a 50,000-claim desk into and out of a fresh PostgreSQL
// database (postgres/transfer.ts), the digest of both sides, and `npm run migrate-store` end to end, each way.
// `tsx bench/transfer.ts`; BENCH_TRANSFER_CLAIMS changes the size, TEST_DATABASE_URL the server (default: local).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../server/store/postgres/connection.ts';
import { migrateToLatest } from '../server/store/postgres/migrations.ts';
import { clear, exportStoreData, importStoreData } from '../server/store/postgres/transfer.ts';
import { digestStoreData } from '../server/store/store-digest.ts';
import { generateStore, writeStore } from './generate-store.ts';
import type { BenchRow } from './measure.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = new URL('../', import.meta.url);

async function onAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

function runCli(...args: string[]): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/migrate-store.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`migrate-store ${args.join(' ')} exited ${code}: ${stderr}`)))),
  );
}

export async function benchTransfer(claims = Number(process.env.BENCH_TRANSFER_CLAIMS ?? 50_000)): Promise<BenchRow[]> {
  const name = `claimdesk_bench_${randomBytes(4).toString('hex')}`;
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).href;
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-transfer-'));
  const label = `${claims / 1000}k claims`;
  await onAdmin(`create database ${name} encoding 'UTF8' template template0`);
  const db = openDatabase(url, { max: 2 });
  try {
    await migrateToLatest(db);
    const data = await generateStore(claims, claims / 20);
    const imported = await timed(() => importStoreData(db, data));
    const exported = await timed(() => exportStoreData(db));
    const digest = await timed(() => digestStoreData(exported.value));
    const cleared = await timed(() => clear(db));
    await writeStore(join(dir, 'from'), data);
    const toDb = await timed(() => runCli('--from', join(dir, 'from'), '--to', url));
    const toFolder = await timed(() => runCli('--from', url, '--to', join(dir, 'back')));
    return [
      { name: `${label}: importStoreData (one transaction)`, value: imported.ms / 1000, unit: 's' },
      { name: `${label}: exportStoreData (with schema check)`, value: exported.ms / 1000, unit: 's' },
      { name: `${label}: digestStoreData of one side`, value: digest.ms / 1000, unit: 's' },
      { name: `${label}: clear (--force)`, value: cleared.ms / 1000, unit: 's' },
      { name: `${label}: npm run migrate-store, lowdb → PostgreSQL`, value: toDb.ms / 1000, unit: 's' },
      { name: `${label}: npm run migrate-store, PostgreSQL → new lowdb folder`, value: toFolder.ms / 1000, unit: 's' },
    ];
  } finally {
    await db.destroy();
    await onAdmin(`drop database if exists ${name} with (force)`);
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchTransfer());
}
