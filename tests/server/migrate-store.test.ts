// `npm run migrate-store`, run as the user runs it (a child process through tsx) on real lowdb folders and real
// PostgreSQL databases: round trips with equal digests, a second run that writes nothing, the refusal to write over
// another desk without --force, and no password in anything it prints.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { STORE_FILE_NAME, openFileStore } from '../../server/store/file-store.ts';
import { JournaledJsonFile } from '../../server/store/journaled-json-file.ts';
import { exportStoreData, importStoreData } from '../../server/store/postgres/transfer.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { digestStoreData } from '../../server/store/store-digest.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';
import { richDesk } from '../support/transfer-desk.ts';

const ROOT = new URL('../../', import.meta.url);
const CLI_TIMEOUT = 120_000; // each run starts tsx: 5-7 s on a loaded 2-core machine

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function migrateStore(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/migrate-store.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The desk a lowdb folder holds, read as the server reads it (snapshot plus journal, validated). */
async function readFolder(folder: string): Promise<StoreData> {
  const data = await new JournaledJsonFile(join(folder, STORE_FILE_NAME), StoreDataSchema).read();
  if (data === null) throw new Error(`no store in ${folder}`);
  return data;
}

/** The files of a folder with their bytes, to tell that a run wrote nothing. */
async function filesOf(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')] as const)));
}

/** The `count  sha256 …` lines printed for each side, by side. */
function printedDigests(stdout: string): string[][] {
  return stdout.split(/^\S.*:\n/m).slice(1).map((block) => block.split('\n').filter((line) => /^ {2}\w+ +\d+ {2}sha256 [0-9a-f]{64}$/.test(line)));
}

describeWithPostgres('npm run migrate-store', () => {
  const demoDb = useTestDatabase();
  const richDb = useTestDatabase();
  let tmp: string;
  let demoFolder: string;
  let richFolder: string;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'claimdesk-migrate-store-'));
    demoFolder = join(tmp, 'demo');
    richFolder = join(tmp, 'rich');
    await openFileStore(demoFolder, () => loadSeed('2026-02-01T10:00:00.000Z'));
    await openFileStore(richFolder, async () => richDesk());
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('round-trips the demo: lowdb → PostgreSQL → a new lowdb folder, with equal digests', { timeout: CLI_TIMEOUT }, async () => {
    const toDb = await migrateStore('--from', demoFolder, '--to', demoDb.url);
    expect(toDb.stderr).toBe('');
    expect(toDb.code).toBe(0);
    expect(toDb.stdout).toContain('Applied to');
    const [fromSide, toSide] = printedDigests(toDb.stdout);
    expect(fromSide).toHaveLength(12); // ENTITY_KINDS: publications, source audit and the rating scale included
    expect(toSide).toEqual(fromSide);

    const back = join(tmp, 'demo-back');
    const toFolder = await migrateStore('--from', demoDb.url, '--to', back);
    expect(toFolder.code, toFolder.stderr).toBe(0);
    const original = await readFolder(demoFolder);
    expect(await readFolder(back)).toStrictEqual(original);
    expect(digestStoreData(await readFolder(back))).toEqual(digestStoreData(original));
  });

  it('says "already the same" and writes nothing when run again', { timeout: CLI_TIMEOUT }, async () => {
    const xmin = () => sql<{ xmin: string }>`select xmin::text from articles`.execute(demoDb.db).then((r) => r.rows);
    const before = await xmin();
    const again = await migrateStore('--from', demoFolder, '--to', demoDb.url);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Already the same');
    expect(await xmin()).toEqual(before); // no row was rewritten

    const back = join(tmp, 'demo-back');
    const files = await filesOf(back);
    const backAgain = await migrateStore('--from', demoDb.url, '--to', back);
    expect(backAgain.code, backAgain.stderr).toBe(0);
    expect(backAgain.stdout).toContain('Already the same');
    expect(await filesOf(back)).toEqual(files);
  });

  it('round-trips a desk with deleted claims and articles, removed sources, audit, sessions and settings', { timeout: CLI_TIMEOUT }, async () => {
    const toDb = await migrateStore('--from', richFolder, '--to', richDb.url);
    expect(toDb.code, toDb.stderr).toBe(0);
    expect(toDb.stdout).toContain('The same on both sides');
    const back = join(tmp, 'rich-back');
    const toFolder = await migrateStore('--from', richDb.url, '--to', back);
    expect(toFolder.code, toFolder.stderr).toBe(0);
    expect(await readFolder(back)).toStrictEqual(richDesk());
    expect(await readFolder(richFolder)).toStrictEqual(richDesk());
  });

  it('refuses to write over another desk in a database without --force, and replaces it with --force', { timeout: CLI_TIMEOUT }, async () => {
    await importStoreData(richDb.db, richDesk(), { replace: true });
    const refused = await migrateStore('--from', demoFolder, '--to', richDb.url);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already holds another desk \(8 articles, 64 claims, 4 sources, 3 users\)\. Add --force/);
    expect(await exportStoreData(richDb.db)).toStrictEqual(richDesk());

    const forced = await migrateStore('--from', demoFolder, '--to', richDb.url, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await exportStoreData(richDb.db)).toStrictEqual(await readFolder(demoFolder));
  });

  it('refuses to write over another desk in a folder without --force, and replaces it with --force', { timeout: CLI_TIMEOUT }, async () => {
    await importStoreData(richDb.db, richDesk(), { replace: true });
    const target = join(tmp, 'demo-copy');
    await openFileStore(target, () => loadSeed('2026-03-01T10:00:00.000Z')); // a demo seeded at another time
    const files = await filesOf(target);
    const refused = await migrateStore('--from', richDb.url, '--to', target);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Add --force');
    expect(await filesOf(target)).toEqual(files);

    const forced = await migrateStore('--from', richDb.url, '--to', target, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFolder(target)).toStrictEqual(richDesk());
  });

  it('never prints the password of an address, whether it works or not', { timeout: CLI_TIMEOUT }, async () => {
    const secret = 'Sekr3t%2Fpass'; // decoded: Sekr3t/pass
    const withPassword = (url: string) => Object.assign(new URL(url), { username: 'postgres', password: secret }).href;
    // The local server trusts its users, so a password is accepted whatever it is.
    const [works, unreachable, noDatabase] = await Promise.all([
      migrateStore('--from', demoFolder, '--to', withPassword(demoDb.url)),
      migrateStore('--from', demoFolder, '--to', withPassword('postgresql://db.invalid@127.0.0.1:1/claimdesk')),
      migrateStore('--from', withPassword(demoDb.url.replace(/\/[^/]+$/, '/no_such_database')), '--to', join(tmp, 'never')),
    ]);
    expect(works.code, works.stderr).toBe(0);
    expect(unreachable.code).toBe(1);
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/no_such_database/);
    for (const run of [works, unreachable, noDatabase]) {
      const printed = run.stdout + run.stderr;
      expect(printed).toContain(':***@');
      expect(printed).not.toMatch(/Sekr3t/);
    }
  });
});
