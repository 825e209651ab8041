// The store file: seeded on first start, never overwritten when unreadable, and the error names the file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreFileError } from '../../server/store/durable-json-file.ts';
import { STORE_FILE_NAME, openFileStore } from '../../server/store/file-store.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { repairStore } from '../../server/store/repair.ts';
import { startServer } from '../../server/start.ts';
import { T0, buildStoreData } from '../support/builders.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));
const seed = () => loadSeed(T0);

describe('the store file', () => {
  it('is seeded on first start with the demo article and the four sources', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const { store, seeded, file } = await openFileStore(join(dir, 'nested'), seed);
    expect(seeded).toBe(true);
    expect(store.read().articles.map((a) => a.language)).toEqual(['ar']);
    expect(store.read().sources).toHaveLength(4);
    expect(JSON.parse(await readFile(file, 'utf8')).articles[0].direction).toBe('rtl');
    const again = await openFileStore(join(dir, 'nested'), seed);
    expect(again.seeded).toBe(false);
  });

  it.each([
    ['truncated JSON', (s: string) => s.slice(0, s.length / 2), /not valid JSON/],
    ['JSON that fails the schema', () => JSON.stringify({ ...buildStoreData(), claims: [{ id: 'x' }] }), /does not match the store schema at "claims\.0\./],
    ['an empty file', () => '', /not valid JSON/],
  ])('refuses %s with a message naming the file, and leaves it untouched', async (_name, damage, pattern) => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const file = join(dir, STORE_FILE_NAME);
    await writeFile(file, damage(JSON.stringify(await seed())));
    const bytes = await readFile(file);
    const failure = openFileStore(dir, seed);
    await expect(failure).rejects.toBeInstanceOf(StoreFileError);
    await expect(failure).rejects.toThrow(file);
    await expect(failure).rejects.toThrow(pattern);
    await expect(startServer({ dataDir: dir, clientDir: null })).rejects.toThrow(file);
    expect(await readFile(file)).toEqual(bytes);
  });
});

describe('repair', () => {
  it('restores a damaged snapshot from the copy kept beside it and replays the journal: no acknowledged write is lost', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const { store, file } = await openFileStore(dir, seed);
    await store.update((data) => ({ data: { ...data, settings: { ...data.settings, newsroomName: 'First' } }, result: null }));
    await store.update((data) => ({ data: { ...data, settings: { ...data.settings, newsroomName: 'Second' } }, result: null }));
    const damaged = (await readFile(file, 'utf8')).slice(0, 100);
    await writeFile(file, damaged);
    await expect(openFileStore(dir, seed)).rejects.toThrow(/npm run repair/);

    const outcome = await repairStore(dir, new Date(T0));
    expect(outcome.status).toBe('restored');
    const reopened = await openFileStore(dir, seed);
    expect(reopened.store.read().settings.newsroomName).toBe('Second');
    if (outcome.status === 'restored') expect(await readFile(outcome.damagedCopies[0]!, 'utf8')).toBe(damaged);
  });

  it('skips a journal line that is not JSON and keeps the lines before it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const { store, file } = await openFileStore(dir, seed);
    await store.update((data) => ({ data: { ...data, settings: { ...data.settings, newsroomName: 'Kept' } }, result: null }));
    await writeFile(`${file}.journal`, `${await readFile(`${file}.journal`, 'utf8')}{"not json\n`);
    await expect(openFileStore(dir, seed)).rejects.toThrow(`${file}.journal`);
    expect((await repairStore(dir, new Date(T0))).status).toBe('restored');
    expect((await openFileStore(dir, seed)).store.read().settings.newsroomName).toBe('Kept');
  });

  it('leaves a healthy store alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    await openFileStore(dir, seed);
    expect((await repairStore(dir)).status).toBe('healthy');
  });
});

describe('the journal', () => {
  it('appends only what changed, and a new store on the same folder replays it exactly', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const { store, file } = await openFileStore(dir, seed);
    const snapshot = await readFile(file);
    for (let i = 0; i < 5; i++) {
      await store.update((data) => ({ data: { ...data, sources: [...data.sources, { ...data.sources[0]!, id: `s${i}`, name: `S${i}` }] }, result: null }));
    }
    await store.update((data) => ({ data: { ...data, sources: data.sources.filter((s) => s.id !== 's2') }, result: null }));
    expect(await readFile(file)).toEqual(snapshot); // the snapshot was not rewritten
    const lines = (await readFile(`${file}.journal`, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(JSON.parse(lines[5]!)).toMatchObject({ seq: 6, sum: expect.stringMatching(/^[0-9a-f]{64}$/), ops: [{ op: 'remove', in: 'sources', key: 's2' }] });
    const again = await openFileStore(dir, seed);
    expect(again.store.read()).toEqual(store.read());
  });

  it('ignores a torn last line, which was never acknowledged, and appends after it cleanly', async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimdesk-store-'));
    const { store, file } = await openFileStore(dir, seed);
    await store.update((data) => ({ data: { ...data, settings: { ...data.settings, newsroomName: 'Acknowledged' } }, result: null }));
    await writeFile(`${file}.journal`, `${await readFile(`${file}.journal`, 'utf8')}[{"op":"set","field":"sett`);
    const reopened = await openFileStore(dir, seed);
    expect(reopened.store.read().settings.newsroomName).toBe('Acknowledged');
    await reopened.store.update((data) => ({ data: { ...data, settings: { ...data.settings, newsroomName: 'Next' } }, result: null }));
    expect((await openFileStore(dir, seed)).store.read().settings.newsroomName).toBe('Next');
  });
});
