// A snapshot rewrite killed at each of its steps: the real server, with a small compaction mark, kills itself with
// SIGKILL right after step N while clients write claims at once. After each kill the store opens with every
// acknowledged claim, repair finds it healthy, and repair from the backup copy loses nothing (issue 13, finding 2).
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_FILE_NAME, openFileStore } from '../../server/store/file-store.ts';
import { COMPACTION_STEPS } from '../../server/store/journaled-json-file.ts';
import { repairStore } from '../../server/store/repair.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0 } from '../support/builders.ts';
import { spawnServer, signInHeaders } from '../support/server-process.ts';
import { addClaim } from '../support/store-faults.ts';
import { DEMO_ID, makeDataDir } from '../support/test-app.ts';

const COMPACT_BYTES = 30_000;
const CLIENTS = 4;
const seed = () => loadSeed(T0);

let dir: string;
/** Every claim acknowledged so far, over all the kills. */
const acknowledged = new Set<string>();
afterAll(() => rm(dir, { recursive: true, force: true }));

const claimIds = async (at: string) => new Set((await openFileStore(at, seed)).store.read().claims.map((c) => c.id));
const missing = (stored: Set<string>) => [...acknowledged].filter((id) => !stored.has(id));

describe('a snapshot rewrite killed at each step', () => {
  it.each(COMPACTION_STEPS.map((step) => [step]))('loses nothing acknowledged when killed right after "%s"', async (step) => {
    dir ??= await makeDataDir();
    // Start from a journal far below the mark, so that the rewrite happens under the clients' writes.
    const settle = await openFileStore(dir, seed, { compactAfterBytes: 1 });
    acknowledged.add((await addClaim(settle.store, `settled-before-${step}`)).id);

    const { url, exited } = await spawnServer(dir, { CLAIMDESK_COMPACT_BYTES: String(COMPACT_BYTES), CLAIMDESK_TEST_CRASH_AFTER_COMPACTION_STEP: step });
    const headers = await signInHeaders(url);
    const text = (await seed()).articles[0]!.text;
    let written = 0;
    const client = async (n: number) => {
      for (let i = 0; i < 200; i++) {
        const start = (n * 131 + i * 7) % (text.length - 10);
        const body = { start, end: start + 5, exact: text.slice(start, start + 5), sourceId: 'kremlin', note: `${step} client ${n} #${i}` };
        try {
          const res = await fetch(`${url}/api/articles/${DEMO_ID}/claims`, { method: 'POST', headers, body: JSON.stringify(body) });
          if (res.status === 201) {
            acknowledged.add((await res.json()).id);
            written += 1;
          }
        } catch {
          return; // the server died: this write was never acknowledged
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    expect(await exited, 'the server killed itself during a snapshot rewrite').toBe('SIGKILL');
    expect(written).toBeGreaterThan(2);
    

    expect(missing(await claimIds(dir)), 'after a restart').toEqual([]);
    expect((await repairStore(dir)).status).toBe('healthy');
    // The snapshot damaged on top of the crash: repair goes back to the copy kept beside it and replays what followed.
    const copy = `${dir}-damaged`;
    await cp(dir, copy, { recursive: true });
    try {
      await writeFile(join(copy, STORE_FILE_NAME), '{"torn": ');
      expect(await repairStore(copy)).toMatchObject({ status: 'restored' });
      expect(missing(await claimIds(copy)), 'after repair from the backup copy').toEqual([]);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
