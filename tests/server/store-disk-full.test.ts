// The real app on a real small file system that fills up (a 4 MB tmpfs, mounted here, so root only): the writes that
// do not fit are answered 507 or 503 with the error shape, writes work again once space is freed, and a restart
// gives back every acknowledged claim and no other (issue 13, finding 1).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repairStore } from '../../server/store/repair.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

const isRoot = process.getuid?.() === 0;
let mountPoint = '';

beforeAll(async () => {
  if (!isRoot) return;
  mountPoint = await mkdtemp(join(tmpdir(), 'claimdesk-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]);
});
afterAll(async () => {
  if (!mountPoint) return;
  execFileSync('umount', [mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

describe('a store on a disk that fills up', () => {
  it('answers the writes that do not fit with an error, and keeps every acknowledged claim through a restart', async (ctx) => {
    if (!isRoot) {
      console.log('skipped "a store on a disk that fills up": mounting a tmpfs needs root (CI runs as root)');
      ctx.skip();
      return;
    }
    const dir = join(mountPoint, 'data');
    await mkdir(dir);
    const app = await openTestApp(dir);
    const text = (await app.api.get(`/api/articles/${DEMO_ID}`).expect(200)).body.text as string;
    const acknowledged: string[] = [];
    const failures: Array<{ status: number; body: unknown }> = [];
    const post = async (i: number) => {
      const start = (i * 7) % (text.length - 10);
      const body = { start, end: start + 5, exact: text.slice(start, start + 5), sourceId: 'kremlin', note: `claim ${i} `.repeat(20) };
      const res = await app.api.post(`/api/articles/${DEMO_ID}/claims`).send(body);
      if (res.status === 201) acknowledged.push(res.body.id);
      else failures.push({ status: res.status, body: res.body });
      return res.status;
    };

    // Leave about 40 KB free, then write until the disk refuses three writes in a row.
    const { bavail, bsize } = await statfs(mountPoint);
    const filler = join(mountPoint, 'filler');
    await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - 40 * 1024)));
    let refusedInARow = 0;
    for (let i = 0; refusedInARow < 3 && i < 500; i++) refusedInARow = (await post(i)) === 201 ? 0 : refusedInARow + 1;

    expect(acknowledged.length).toBeGreaterThan(0);
    expect(failures.length).toBeGreaterThanOrEqual(3);
    for (const failure of failures) {
      expect([503, 507]).toContain(failure.status);
      expect(failure.body).toEqual({ error: { code: expect.stringMatching(/^store_/), message: expect.any(String) } });
    }

    await rm(filler);
    expect(await post(1000)).toBe(201);
    expect((await repairStore(dir)).status).toBe('healthy');
    const restarted = await openTestApp(dir);
    try {
      expect(restarted.state!.read().claims.map((c) => c.id).sort()).toEqual([...acknowledged].sort());
    } finally {
      await Promise.all([app.cleanup(), restarted.cleanup()]);
    }
  }, 120_000);
});
