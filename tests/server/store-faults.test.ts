// Fault injection through the store's file-system seam: a journal append cut off after k bytes (ENOSPC, EIO) for
// every k across a real claim's line, a failing fsync, rename and truncate. After each, further writes, a restart and
// repair keep every acknowledged change and no unacknowledged one (issue 13, finding 1).
import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from '../../server/errors.ts';
import { STORE_FILE_NAME, openFileStore } from '../../server/store/file-store.ts';
import { repairStore } from '../../server/store/repair.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0 } from '../support/builders.ts';
import { addClaim, faultyFs, type Faults } from '../support/store-faults.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

const seed = () => loadSeed(T0);
let root: string;
let base: string;
let lineBytes: number;

/** The claim ids the store in `dir` holds, read by a fresh store on the real file system. */
async function claimsAfterRestart(dir: string): Promise<string[]> {
  return (await openFileStore(dir, seed)).store.read().claims.map((c) => c.id);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'claimdesk-faults-'));
  base = join(root, 'base');
  const { store } = await openFileStore(base, seed);
  await addClaim(store, 'acked-0');
  // The length of the line the change under test writes, measured on a copy.
  const probe = join(root, 'probe');
  await cp(base, probe, { recursive: true });
  const journal = join(probe, `${STORE_FILE_NAME}.journal`);
  const before = (await stat(journal)).size;
  await addClaim((await openFileStore(probe, seed)).store, 'failed');
  lineBytes = (await stat(journal)).size - before;
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('a journal append that fails part way', () => {
  it('is undone for every k across a claim line, answered as a failure, and leaves the store whole', async () => {
    expect(lineBytes).toBeGreaterThan(500);
    for (let k = 0; k < lineBytes; k++) {
      const code = k % 2 === 0 ? 'ENOSPC' : 'EIO';
      const dir = join(root, `k${k}`);
      await cp(base, dir, { recursive: true });
      const { fs, faults } = faultyFs();
      const { store } = await openFileStore(dir, seed, { fs });
      faults.write = { bytes: k, code };
      const failure = await addClaim(store, 'failed').then(() => null, (error: unknown) => error);
      expect(failure, `k = ${k}`).toBeInstanceOf(HttpError);
      expect((failure as HttpError).status, `k = ${k}`).toBe(code === 'ENOSPC' ? 507 : 503);
      expect(store.read().claims.map((c) => c.id)).toEqual(['acked-0']); // memory holds the last acknowledged state
      await addClaim(store, 'acked-1');
      expect(await claimsAfterRestart(dir), `k = ${k}`).toEqual(['acked-0', 'acked-1']);
      expect((await repairStore(dir)).status, `k = ${k}`).toBe('healthy');
      await rm(dir, { recursive: true });
    }
  }, 300_000);

  it('is undone when the flush to disk fails after the whole line was written', async () => {
    const dir = join(root, 'fsync');
    await cp(base, dir, { recursive: true });
    const { fs, faults } = faultyFs();
    const { store } = await openFileStore(dir, seed, { fs });
    faults.sync = true;
    await expect(addClaim(store, 'failed')).rejects.toMatchObject({ status: 503, code: 'store_write_failed' });
    await addClaim(store, 'acked-1');
    expect(await claimsAfterRestart(dir)).toEqual(['acked-0', 'acked-1']);
    expect((await repairStore(dir)).status).toBe('healthy');
  });

  it('refuses every write with 503 store_unavailable while the journal cannot be cut back, then recovers', async () => {
    const dir = join(root, 'truncate');
    await cp(base, dir, { recursive: true });
    const journal = join(dir, `${STORE_FILE_NAME}.journal`);
    const { fs, faults } = faultyFs();
    const { store } = await openFileStore(dir, seed, { fs });
    faults.truncate = true;
    faults.write = { bytes: 40, code: 'ENOSPC' };
    await expect(addClaim(store, 'failed-1')).rejects.toMatchObject({ status: 503, code: 'store_unavailable' });
    const stuck = await readFile(journal);
    await expect(addClaim(store, 'failed-2')).rejects.toMatchObject({ status: 503, code: 'store_unavailable', message: expect.stringContaining(journal) });
    expect(await readFile(journal)).toEqual(stuck); // nothing was glued onto the partial line
    expect(store.read().claims.map((c) => c.id)).toEqual(['acked-0']);
    expect(await claimsAfterRestart(dir)).toEqual(['acked-0']); // a restart meanwhile ignores the partial line

    delete faults.truncate;
    await addClaim(store, 'acked-1');
    expect(await claimsAfterRestart(dir)).toEqual(['acked-0', 'acked-1']);
    expect((await readFile(journal, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line).seq)).toEqual([1, 2]);
    expect((await repairStore(dir)).status).toBe('healthy');
  });
});

describe('a snapshot rewrite that fails', () => {
  it.each([
    ['its rename fails', (faults: Faults) => (faults.rename = true)],
    ['its temporary file hits a full disk', (faults: Faults) => (faults.write = { bytes: 1000, code: 'ENOSPC', file: '.tmp' })],
  ])('when %s, still acknowledges the change it follows (the journal holds it) and is tried again', async (_name, fail) => {
    const dir = join(root, `rewrite-${_name.length}`);
    await cp(base, dir, { recursive: true });
    const { fs, faults } = faultyFs();
    const logs: string[] = [];
    const { store } = await openFileStore(dir, seed, { fs, compactAfterBytes: 1, log: (m) => logs.push(m) });
    fail(faults);
    await addClaim(store, 'acked-1');
    expect(logs).toEqual([expect.stringContaining('could not be rewritten')]);
    expect(await claimsAfterRestart(dir)).toEqual(['acked-0', 'acked-1']);
    expect(await readdir(dir)).not.toContain(`${STORE_FILE_NAME}.tmp`);

    delete faults.rename;
    await addClaim(store, 'acked-2');
    const snapshot = JSON.parse(await readFile(join(dir, STORE_FILE_NAME), 'utf8'));
    expect(snapshot.journalSeq).toBe(3);
    expect(snapshot.claims.map((c: { id: string }) => c.id)).toEqual(['acked-0', 'acked-1', 'acked-2']);
    expect(await claimsAfterRestart(dir)).toEqual(['acked-0', 'acked-1', 'acked-2']);
    expect((await repairStore(dir)).status).toBe('healthy');
  });
});

describe('the API on a full disk', () => {
  it('answers 507 with the error shape, and the claim is not there after a restart', async () => {
    const { fs, faults } = faultyFs();
    const app = await openTestApp(undefined, { store: { fs } });
    try {
      const text = (await app.api.get(`/api/articles/${DEMO_ID}`).expect(200)).body.text as string;
      const body = { start: 0, end: 4, exact: text.slice(0, 4), sourceId: 'kremlin' };
      faults.write = { bytes: 100, code: 'ENOSPC' };
      const res = await app.api.post(`/api/articles/${DEMO_ID}/claims`).send(body).expect(507);
      expect(res.body).toEqual({ error: { code: 'store_full', message: expect.stringMatching(/disk .* is full/) } });
      expect((await app.api.get('/api/claims').expect(200)).body).toEqual([]);
      const ok = await app.api.post(`/api/articles/${DEMO_ID}/claims`).send(body).expect(201);
      expect(await claimsAfterRestart(app.dir)).toEqual([ok.body.id]);
    } finally {
      await app.cleanup();
    }
  });
});
