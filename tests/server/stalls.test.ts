// Stalls (issue 13, findings 5 to 7): the real server gets one hostile request of each class at its size limit
// while /api/health is polled from this process; the request must be answered as a sound server answers it (a
// refusal in the one error shape, naming the problem) and every poll meanwhile must be answered 200. The figures
// (event-loop delay, times) are in `npm run bench` (bench/stalls.ts), not here.
import { spawn, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../domain/schemas.ts';
import { HOSTILE_CASES, firstEditor, type ApiCall } from '../fixtures/hostile-inputs.ts';
import { TEST_PASSWORD, makeDataDir } from '../support/test-app.ts';

const ROOT = new URL('../../', import.meta.url);

let dir: string;
let server: ChildProcess;
let url: string;
let api: ApiCall;

/** Starts `server/main.ts` on a random port and resolves with its URL once it prints it. */
function startServer(): Promise<string> {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

beforeAll(async () => {
  dir = await makeDataDir();
  url = await startServer();
  api = await firstEditor(url, TEST_PASSWORD);
}, 60_000);

afterAll(async () => {
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
  await rm(dir, { recursive: true, force: true });
});

/** Polls /api/health one request after another until `done` settles; answers every status seen. */
async function pollHealthDuring(done: Promise<unknown>): Promise<number[]> {
  const statuses: number[] = [];
  let running = true;
  void done.finally(() => (running = false));
  do {
    const res = await fetch(`${url}/api/health`);
    await res.arrayBuffer();
    statuses.push(res.status);
  } while (running);
  return statuses;
}

// Each case may wait for the HTML worker to start and then for its time limit: generous, since CI machines are busy.
describe('one hostile request at the size limit', { timeout: 120_000 }, () => {
  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('%s: is answered, and others are served meanwhile', async (_name, hostile) => {
    const prepared = hostile.setup ? await hostile.setup(api) : '';
    const answer = hostile.send(api, prepared);
    const health = await pollHealthDuring(answer);
    const { status, body } = await answer;

    expect(health.length).toBeGreaterThan(0);
    expect(health.filter((s) => s !== 200)).toEqual([]);
    expect(hostile.expected.status).toContain(status);
    if (status >= 400) {
      const { error } = ErrorBodySchema.parse(body);
      const refusal = hostile.expected.refusal!;
      expect(refusal.code).toContain(error.code);
      expect(error.field).toBe(refusal.field);
      if (refusal.reason) expect(error.params?.reason).toBe(refusal.reason);
    }
  });
});
