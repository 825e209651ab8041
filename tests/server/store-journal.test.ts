// The journal's numbered, checksummed lines (issue 13, findings 2 to 4): an altered line is found and named, repair
// skips it alone and lists what it touched, a refused start changes no file, repair after a snapshot rewrite loses
// nothing, and stores of the old format still open and upgrade.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreData } from '../../domain/schemas.ts';
import { createClaim } from '../../server/services/claims.ts';
import { StoreFileError } from '../../server/store/durable-json-file.ts';
import { STORE_FILE_NAME, openFileStore } from '../../server/store/file-store.ts';
import { repairStore } from '../../server/store/repair.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { diffStore } from '../../server/store/store-diff.ts';
import { createMemoryStore } from '../../server/store/low-store.ts';
import { createLowRepositoryStore } from '../../server/store/low-repositories.ts';
import { T0 } from '../support/builders.ts';
import { addClaim, hashFolder } from '../support/store-faults.ts';

const seed = () => loadSeed(T0);
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

const ids = async (at: string) => (await openFileStore(at, seed)).store.read().claims.map((c) => c.id);

/** A store with the claims c1…c`count`, one journal line each after the line that set it up. */
async function storeWithClaims(count: number, options = {}) {
  dir = await mkdtemp(join(tmpdir(), 'claimdesk-journal-'));
  const { store, file } = await openFileStore(dir, seed, options);
  for (let i = 1; i <= count; i++) await addClaim(store, `c${i}`, `note ${i}`);
  return { store, file, journal: `${file}.journal` };
}

/** Changes one character of line `n` (from 1) of `path` so that the line is still valid JSON. */
async function alterLine(path: string, n: number, from: string, to: string) {
  const lines = (await readFile(path, 'utf8')).split('\n');
  expect(lines[n - 1]).toContain(from);
  lines[n - 1] = lines[n - 1]!.replace(from, to);
  JSON.parse(lines[n - 1]!);
  await writeFile(path, lines.join('\n'));
}

describe('an altered journal line', () => {
  it('stops start-up with an error naming the journal file and the line', async () => {
    const { journal } = await storeWithClaims(4);
    await alterLine(journal, 2, 'note 2', 'note 7');
    const failure = openFileStore(dir, seed);
    await expect(failure).rejects.toBeInstanceOf(StoreFileError);
    await expect(failure).rejects.toThrow(`Store file ${journal} cannot be used: line 2: its checksum does not match`);
    await expect(failure).rejects.toMatchObject({ file: journal, line: 2 });
  });

  it('is skipped alone by repair, which lists the records it touched and keeps every later line', async () => {
    const { journal } = await storeWithClaims(5);
    await alterLine(journal, 3, 'note 3', 'note X');
    const outcome = await repairStore(dir, new Date(T0));
    expect(outcome).toMatchObject({
      status: 'restored',
      skipped: [{ file: journal, line: 3, problem: expect.stringContaining('checksum'), ids: ['claims/c3', 'audit/c3-2'] }],
      claims: 4,
    });
    expect(await ids(dir)).toEqual(['c1', 'c2', 'c4', 'c5']);
    // The store goes on counting: the next change follows the last one, and a restart reads it all.
    const { store } = await openFileStore(dir, seed);
    await addClaim(store, 'c6');
    expect(await ids(dir)).toEqual(['c1', 'c2', 'c4', 'c5', 'c6']);
    expect((await repairStore(dir)).status).toBe('healthy');
  });

  it('that removes a whole line is found too, as a gap in the numbers', async () => {
    const { journal } = await storeWithClaims(3);
    const lines = (await readFile(journal, 'utf8')).split('\n');
    await writeFile(journal, [lines[0], lines[2], ''].join('\n'));
    await expect(openFileStore(dir, seed)).rejects.toThrow(`${journal} cannot be used: line 2: change 2 is missing before it`);
  });
});

describe('a start that refuses', () => {
  it.each([
    ['an altered line', (journal: string) => alterLine(journal, 1, 'note 1', 'note 9')],
    ['a line that is not JSON', async (journal: string) => writeFile(journal, `{"seq":0,"ops":[\n${await readFile(journal, 'utf8')}`)],
  ])('on %s leaves every file of the folder byte-identical, torn last line included', async (_name, damage) => {
    const { journal } = await storeWithClaims(3);
    await damage(journal);
    await writeFile(journal, `${await readFile(journal, 'utf8')}{"seq":4,"sum":"ab`); // torn, as by a crash
    const before = await hashFolder(dir);
    await expect(openFileStore(dir, seed)).rejects.toThrow(StoreFileError);
    expect(await hashFolder(dir)).toBe(before);
  });
});

describe('repair after snapshot rewrites', () => {
  it('restores a damaged snapshot from its copy and replays the journals that followed it: no claim is lost', async () => {
    const { file } = await storeWithClaims(30, { compactAfterBytes: 4096 });
    const snapshot = JSON.parse(await readFile(file, 'utf8'));
    expect(snapshot.journalSeq).toBeGreaterThan(4); // the snapshot was rewritten at least once
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8')).journalSeq).toBeLessThan(snapshot.journalSeq);
    await writeFile(file, '{"damaged": tru');
    expect(await repairStore(dir, new Date(T0))).toMatchObject({ status: 'restored', skipped: [], claims: 30 });
    expect(await ids(dir)).toEqual(Array.from({ length: 30 }, (_, i) => `c${i + 1}`));
  });
});

describe('a store of the old format', () => {
  it('opens with its unnumbered journal, numbers the changes after it and upgrades at the next snapshot rewrite', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-journal-'));
    const file = join(dir, STORE_FILE_NAME);
    const first = await seed();
    let state: StoreData = first;
    const lines: string[] = [];
    for (const id of ['old-1', 'old-2']) {
      const article = state.articles[0]!;
      const memory = createMemoryStore(state);
      await createLowRepositoryStore(memory).transaction((tx) =>
        createClaim(tx, article.id, { start: 0, end: 4, exact: article.text.slice(0, 4), sourceId: 'kremlin', verdict: 'unreviewed', note: '', evidence: [] }, { now: T0, newId: () => id, userId: null }),
      );
      const next = memory.read();
      lines.push(JSON.stringify(diffStore(state, next)));
      state = next;
    }
    await writeFile(file, JSON.stringify(first, null, 2));
    await writeFile(`${file}.journal`, lines.map((l) => `${l}\n`).join(''));

    const { store } = await openFileStore(dir, seed, { compactAfterBytes: 1_000_000 });
    expect(store.read().claims.map((c) => c.id)).toEqual(['old-1', 'old-2']);
    await addClaim(store, 'new-1');
    const journal = (await readFile(`${file}.journal`, 'utf8')).trim().split('\n');
    expect(JSON.parse(journal[2]!)).toMatchObject({ seq: 1 });
    expect(await ids(dir)).toEqual(['old-1', 'old-2', 'new-1']);

    const compacting = await openFileStore(dir, seed, { compactAfterBytes: 1 });
    await addClaim(compacting.store, 'new-2');
    expect(JSON.parse(await readFile(file, 'utf8')).journalSeq).toBe(2);
    expect(await ids(dir)).toEqual(['old-1', 'old-2', 'new-1', 'new-2']);
  });
});
