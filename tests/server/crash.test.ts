// Durability under SIGKILL: the real server, concurrent claim writes, killed at random moments 20 times and restarted;
// the store must parse every time and hold every write the server acknowledged.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreDataSchema } from '../../domain/schemas.ts';
import { STORE_FILE_NAME } from '../../server/store/file-store.ts';
import { JournaledJsonFile } from '../../server/store/journaled-json-file.ts';
import { spawnServer, signInHeaders } from '../support/server-process.ts';
import { DEMO_ID, makeDataDir } from '../support/test-app.ts';

const KILLS = 20;
const CLIENTS = 6;

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a server killed with SIGKILL', () => {
  it(`keeps every acknowledged claim through ${KILLS} kills at random moments`, async () => {
    dir = await makeDataDir();
    const acknowledged = new Set<string>();
    const delays: number[] = [];
    let text = '';
    for (let round = 0; round < KILLS; round++) {
      const { child, url, exited } = await spawnServer(dir);
      const headers = await signInHeaders(url);
      if (!text) text = (await (await fetch(`${url}/api/articles/${DEMO_ID}`, { headers })).json()).text;
      let killed = false;
      const client = async (n: number) => {
        for (let i = 0; !killed; i++) {
          const start = (round * 97 + n * 13 + i * 7) % (text.length - 10);
          const body = { start, end: start + 5, exact: text.slice(start, start + 5), sourceId: 'kremlin', note: `round ${round} client ${n} #${i}` };
          try {
            const res = await fetch(`${url}/api/articles/${DEMO_ID}/claims`, { method: 'POST', headers, body: JSON.stringify(body) });
            if (res.status === 201) acknowledged.add((await res.json()).id);
          } catch {
            return; // the connection died with the server: this write was never acknowledged
          }
        }
      };
      const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
      const delay = 20 + Math.floor(Math.random() * 300);
      delays.push(delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      killed = true;
      await exited;
      await Promise.all(clients);

      // The snapshot and its journal read back (a torn last journal line is one that was never acknowledged).
      const data = await new JournaledJsonFile(join(dir, STORE_FILE_NAME), StoreDataSchema).read();
      if (!data) throw new Error('the store is gone');
      const stored = new Set(data.claims.map((c) => c.id));
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost, `round ${round}, killed after ${delay} ms (delays so far: ${delays.join(', ')})`).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThan(KILLS); // the test did write, every round
  }, 240_000);
});
