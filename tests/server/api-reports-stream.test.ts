// A data export is read from the store while it is sent (the issue's "a 20,000-claim export never holds every row in
// memory at once"): through the real server on a socket, a client that does not read leaves the store's cursor
// waiting after a batch or two of claims, then gets every claim when it reads; a client that goes away closes it.
// On lowdb, or on PostgreSQL in the api-postgres project (CLAIMDESK_TEST_STORE, see tests/support/test-app.ts).
import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { quoteAt } from '../../domain/anchoring.ts';
import type { Claim } from '../../domain/schemas.ts';
import type { Repositories, Store } from '../../server/store/repositories.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, TEST_PASSWORD, openTestApp, setNewsroom } from '../support/test-app.ts';

/** Enough claims that the export is many store batches, and many times what the socket's buffers hold. */
const CLAIMS = 8000;
const NOTE = 'Checked against the ministry statement and two wire reports of the same morning. '.repeat(4);

/** What the app has asked of the store's reading order: claims handed over, the largest batch, readings closed. */
const reads = { claims: 0, largestBatch: 0, closed: 0 };

async function* counted(batches: AsyncIterable<Claim[]>): AsyncGenerator<Claim[]> {
  try {
    for await (const batch of batches) {
      reads.claims += batch.length;
      reads.largestBatch = Math.max(reads.largestBatch, batch.length);
      yield batch;
    }
  } finally {
    reads.closed += 1;
  }
}

/** The store, its claims' reading order counted wherever the app reads it: committed reads and snapshots. */
function countingStore(store: Store): Store {
  const wrap = (repos: Repositories): Repositories => ({
    ...repos,
    claims: { ...repos.claims, inReadingOrder: (query, range) => counted(repos.claims.inReadingOrder(query, range)) },
  });
  return { ...store, read: wrap(store.read), snapshot: (work) => store.snapshot((read) => work(wrap(read))) };
}

let t: Awaited<ReturnType<typeof openTestApp>>;
let server: Server;
/**
 * The server listens on a Unix socket: its buffers are a fixed couple of hundred kilobytes, where loopback TCP grows
 * its own to megabytes (as many claims as a store batch) on some machines and not others.
 */
let socketPath: string;
let cookie: string;
/** The server's side of the last report request's connection. */
let reportSocket: Socket | undefined;
let claimIds: string[];

/** The responses of a test, cut when it ends: one left unread would hold its export slot. */
const responses: IncomingMessage[] = [];
afterEach(() => {
  for (const res of responses.splice(0)) res.destroy();
});

/** Sends a request to the server and hands back the response unread: nothing is taken from it until asked. */
function ask(path: string, init: { method?: string; body?: string } = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const headers = { cookie, ...(init.body !== undefined && { 'content-type': 'application/json' }) };
    const req = httpRequest({ socketPath, path, method: init.method ?? 'GET', headers }, (res) => {
      responses.push(res);
      resolve(res);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function readAll(res: IncomingMessage): Promise<string> {
  res.setEncoding('utf8');
  let text = '';
  for await (const chunk of res) text += chunk as string;
  return text;
}

/** Turns the event loop until the server's socket is full: the server waits for the client to read. */
async function untilServerWaits(): Promise<void> {
  while (!reportSocket?.writableNeedDrain) await nextTurn();
}

beforeAll(async () => {
  t = await openTestApp(undefined, { wrapStore: countingStore });
  await setNewsroom(t.api);
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const words = [...text.matchAll(/\S+/g)];
  const model: Claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, words[0]![0].length)).expect(201)).body;
  const claims = Array.from({ length: CLAIMS }, (_, i) => {
    const word = words[i % words.length]!;
    const range = { start: word.index, end: word.index + word[0].length };
    return { ...model, id: `bulk-${String(i).padStart(5, '0')}`, ...range, quote: quoteAt(text, range), note: `${i}: ${NOTE}` };
  });
  await t.replaceClaims(claims);
  claimIds = [...claims].sort((a, b) => a.start - b.start || a.end - b.end).map((c) => c.id); // one article: by position
  socketPath = join(t.dir, 'server.sock');
  server = t.app.listen(socketPath);
  await new Promise((resolve) => server.once('listening', resolve));
  // Before the app's own listener, which rewrites req.url as it routes.
  server.prependListener('request', (req: IncomingMessage) => {
    if (req.url?.startsWith('/api/reports')) reportSocket = req.socket;
  });
  cookie = '';
  const signIn = await ask('/api/session', { method: 'POST', body: JSON.stringify({ username: 'editor', password: TEST_PASSWORD }) });
  expect(signIn.statusCode).toBe(200);
  await readAll(signIn);
  cookie = (signIn.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
}, 120_000);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.cleanup();
});

describe('a JSON export of thousands of claims to a client that does not read', () => {
  it('reads a batch or two of claims from the store while the client waits, then every claim as it reads', async () => {
    Object.assign(reads, { claims: 0, largestBatch: 0, closed: 0 });
    reportSocket = undefined;
    const res = await ask(`/api/reports?format=json&articleId=${DEMO_ID}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    await untilServerWaits();
    const whileWaiting = reads.claims;
    // Gathered whole, every claim would be read before the first byte; streamed, the store batch being written (lowdb
    // hands over 2,000 claims at a time, PostgreSQL 1,000) and at most the next, whatever the socket's buffers.
    expect(whileWaiting).toBeGreaterThan(0);
    expect(whileWaiting).toBeLessThanOrEqual(2 * reads.largestBatch);
    expect(whileWaiting).toBeLessThanOrEqual(CLAIMS / 4);
    const doc = JSON.parse(await readAll(res)) as { claims: Claim[] };
    expect(doc.claims.map((c) => c.id)).toEqual(claimIds);
    expect(doc.claims[0]!.note.endsWith(NOTE)).toBe(true);
    expect(reads).toMatchObject({ claims: CLAIMS, closed: 1 });
  });

  it('closes the store\'s reading when the client goes away, and serves the next export', async () => {
    Object.assign(reads, { claims: 0, largestBatch: 0, closed: 0 });
    reportSocket = undefined;
    const res = await ask(`/api/reports?format=csv&articleId=${DEMO_ID}`);
    expect(res.statusCode).toBe(200);
    await untilServerWaits();
    res.destroy();
    while (reads.closed === 0) await nextTurn();
    expect(reads.claims).toBeLessThan(CLAIMS);
    // The cursor is released (on PostgreSQL, the snapshot's connection too): another export runs to the end.
    const again = await ask(`/api/reports?format=csv&articleId=${DEMO_ID}`);
    expect(again.statusCode).toBe(200);
    expect((await readAll(again)).split('\r\n').filter((line) => line.startsWith('bulk-'))).toHaveLength(CLAIMS);
  });
});

describe('a data export that cannot be sent', () => {
  // Checked and counted before the first byte: the refusal comes whole, in the error shape, and no claim is read.
  it.each([
    { url: '/api/reports?format=json&articleId=nope', status: 404, code: 'not_found' },
    { url: '/api/reports?format=csv&articleId=nope', status: 404, code: 'not_found' },
    { url: `/api/reports?format=webannotation&articleId=${DEMO_ID}&part=${CLAIMS}`, status: 400, code: 'invalid_request' },
    { url: `/api/reports?format=claimreview&part=${CLAIMS}`, status: 400, code: 'invalid_request' },
    // None of the claims is on a public page: nothing a ClaimReview may point at.
    { url: `/api/reports?format=claimreview&articleId=${DEMO_ID}&approved=all`, status: 409, code: 'not_published' },
  ])('answers $url with $status $code', async ({ url, status, code }) => {
    Object.assign(reads, { claims: 0, largestBatch: 0, closed: 0 });
    const res = await ask(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(await readAll(res)).error.code).toBe(code);
    expect(reads.claims).toBe(0);
  });
});
