// A graceful stop of the compiled server (`npm start`'s dist/server/main.js, built here first): on SIGTERM it refuses
// new connections, answers the request in flight, exits 0, and what it acknowledged is there after a restart; a request
// still unfinished at the deadline makes it exit 1, saying so.
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClaimBody } from '../support/builders.ts';
import { buildServer, signInHeaders, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { DEMO_ID, makeDataDir } from '../support/test-app.ts';

const dirs: string[] = [];
const servers: ServerProcess[] = [];

beforeAll(() => buildServer(), 180_000);
afterAll(async () => {
  for (const server of servers) server.child.kill('SIGKILL');
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(dir: string, env: Record<string, string> = {}) {
  const server = await spawnServer(dir, env, { compiled: true });
  servers.push(server);
  return server;
}

/**
 * Starts a POST whose body is sent in two halves: resolves once the server has the request (its `100 Continue` is
 * the proof) and the first half; `finish()` sends the rest.
 */
function slowPost(url: string, path: string, headers: Record<string, string>, body: string) {
  const { hostname, port } = new URL(url);
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  const req: ClientRequest = request({
    host: hostname,
    port,
    path,
    method: 'POST',
    headers: { ...headers, 'Content-Length': String(bytes.length), Expect: '100-continue' },
    agent: false,
  });
  const response = new Promise<{ res: IncomingMessage; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ res, body: text }));
    });
    req.on('error', reject);
  });
  const started = new Promise<void>((resolve) => req.once('continue', () => req.write(bytes.subarray(0, half), () => resolve())));
  return { started, response, finish: () => req.end(bytes.subarray(half)) };
}

/** Whether a new TCP connection to `url` is refused. */
function refused(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('SIGTERM', () => {
  it('refuses new connections, answers the request in flight, exits 0, and keeps what it acknowledged', async () => {
    const dir = await makeDataDir();
    dirs.push(dir);
    const server = await start(dir);
    const headers = await signInHeaders(server.url);
    const demo = (await (await fetch(`${server.url}/api/articles/${DEMO_ID}`, { headers })).json()).text as string;
    const from = demo.indexOf('بوقف القتال');
    const body = JSON.stringify(buildClaimBody(demo, from, from + 'بوقف القتال'.length, { note: 'في الطريق أثناء الإيقاف' }));

    const post = slowPost(server.url, `/api/articles/${DEMO_ID}/claims`, headers, body);
    await post.started;
    server.child.kill('SIGTERM');
    await server.printed(/SIGTERM: no longer accepting connections/);
    expect(await refused(server.url)).toBe(true);

    post.finish();
    const { res, body: answer } = await post.response;
    expect(res.statusCode).toBe(201);
    expect(res.headers.connection).toBe('close');
    const claim = JSON.parse(answer) as { id: string; note: string };
    expect(await server.ended).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/Stopped: every request answered/);

    const again = await start(dir);
    const headersAgain = await signInHeaders(again.url);
    const kept = await fetch(`${again.url}/api/claims/${claim.id}`, { headers: headersAgain });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ id: claim.id, note: 'في الطريق أثناء الإيقاف' });
    again.child.kill('SIGTERM');
    expect(await again.ended).toEqual({ code: 0, signal: null });
  }, 120_000);

  it('exits 1, saying so, when a request is still unfinished at the deadline', async () => {
    const dir = await makeDataDir();
    dirs.push(dir);
    const server = await start(dir, { SHUTDOWN_TIMEOUT_MS: '1000' });
    const headers = await signInHeaders(server.url);
    const post = slowPost(server.url, '/api/sources', headers, JSON.stringify({ name: 'TASS', aliases: ['ТАСС'] }));
    const outcome = post.response.then(
      () => 'answered',
      () => 'cut',
    );
    await post.started;
    server.child.kill('SIGTERM');
    expect(await server.ended).toEqual({ code: 1, signal: null });
    expect(server.output()).toMatch(/Requests were still in flight 1000 ms after SIGTERM: stopping anyway/);
    expect(await outcome).toBe('cut');
  }, 120_000);
});
