// Durability under SIGKILL: the real server, concurrent claim writes, killed at random moments 20 times and restarted;
// the store must parse every time and hold every write the server acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreDataSchema } from '../../domain/schemas.ts';
import { STORE_FILE_NAME } from '../../server/store/file-store.ts';
import { JournaledJsonFile } from '../../server/store/journaled-json-file.ts';
import { DEMO_ID, TEST_PASSWORD, makeDataDir } from '../support/test-app.ts';

const ROOT = new URL('../../', import.meta.url);
const KILLS = 20;
const CLIENTS = 6;

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Starts `server/main.ts` on a random port and resolves with its URL once it prints it. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const setup = await fetch(`${url}/api/setup`);
  const path = (await setup.json()).needed ? '/api/setup' : '/api/session';
  const body = { username: 'editor', displayName: 'Edith', password: TEST_PASSWORD };
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(path === '/api/setup' ? body : { username: body.username, password: body.password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: (await res.json()).csrfToken };
}

describe('a server killed with SIGKILL', () => {
  it(`keeps every acknowledged claim through ${KILLS} kills at random moments`, async () => {
    dir = await makeDataDir();
    const acknowledged = new Set<string>();
    const delays: number[] = [];
    let text = '';
    for (let round = 0; round < KILLS; round++) {
      const { child, url } = await startServer();
      const exited = new Promise((resolve) => child.on('exit', resolve));
      const auth = await signIn(url);
      const headers = { 'Content-Type': 'application/json', Cookie: auth.cookie, 'X-CSRF-Token': auth.csrf };
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
