// The request log (server/logging.ts): one JSON line per request with its id, method, path, status and duration, at
// the logger's level; nothing from headers, query strings or bodies (no cookie, token, password or article text).
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, type LogLevel } from '../../server/logging.ts';
import { buildArticleBody } from '../support/builders.ts';
import { openTestApp, TEST_PASSWORD } from '../support/test-app.ts';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  err?: { message: string; stack: string };
}

/** A logger at `level` whose lines are kept in `lines`, as written; `during` gives those a call wrote. */
function memoryLogger(level: LogLevel) {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  const during = async <T>(call: () => Promise<T>): Promise<[T, LogLine[]]> => {
    const from = lines.length;
    const result = await call();
    return [result, lines.slice(from).map((line) => JSON.parse(line) as LogLine)];
  };
  return { logger, lines, during };
}

const ARTICLE_TEXT = 'Le porte-parole a confirmé la trêve mardi soir. Les deux camps se sont accusés de la rompre.';

describe('the request log', () => {
  const log = memoryLogger('info');
  let failIds = false;
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let secrets: string[];

  beforeAll(async () => {
    let ids = 0;
    const newId = () => {
      if (failIds) throw new Error('injected failure: no id today');
      return `id-${++ids}`;
    };
    t = await openTestApp(undefined, { app: { logger: log.logger, log: undefined, newId } });
    const session = await request(t.app).post('/api/session').send({ username: 'editor', password: TEST_PASSWORD }).expect(200);
    const cookie = session.headers['set-cookie']![0]!.split(';')[0]!;
    secrets = [TEST_PASSWORD, cookie.split('=')[1]!, session.body.csrfToken, ARTICLE_TEXT.slice(0, 30), 'sekrit-query'];
    await request(t.app)
      .post('/api/articles')
      .set({ Cookie: cookie, 'X-CSRF-Token': session.body.csrfToken, Authorization: 'Bearer sekrit-query' })
      .send(buildArticleBody({ text: ARTICLE_TEXT, language: 'fr', title: 'Trêve' }))
      .expect(201);
    await request(t.app).get('/api/claims?sourceId=sekrit-query').set('Cookie', cookie).expect(200);
  });
  afterAll(() => t.cleanup());

  it('writes one line per request with its id, method, path without query, status and duration', async () => {
    const [res, [line, ...more]] = await log.during(() => t.api.get('/api/articles?token=sekrit-query').expect(200));
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 30, method: 'GET', path: '/api/articles', status: 200, msg: 'GET /api/articles 200' });
    expect(line!.reqId).toBe(res.headers['x-request-id']);
    expect(line!.ms).toBeTypeOf('number');
  });

  it('keeps a plain X-Request-Id from a proxy and replaces one that is not', async () => {
    const kept = await request(t.app).get('/api/health').set('X-Request-Id', 'edge-7f3a:1').expect(200);
    const replaced = await request(t.app).get('/api/health').set('X-Request-Id', 'a "quoted" id').expect(200);
    const tooLong = await request(t.app).get('/api/health').set('X-Request-Id', 'x'.repeat(129)).expect(200);
    expect(kept.headers['x-request-id']).toBe('edge-7f3a:1');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(tooLong.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs passing health and readiness probes only at debug', async () => {
    const [, lines] = await log.during(async () => {
      await request(t.app).get('/api/health').expect(200);
      await request(t.app).get('/api/ready').expect(200);
    });
    expect(lines).toEqual([]);
    const debug = memoryLogger('debug');
    const probed = await openTestApp(undefined, { app: { logger: debug.logger } });
    const [, probe] = await debug.during(() => request(probed.app).get('/api/ready').expect(200));
    expect(probe.map((line) => [line.level, line.path])).toEqual([[20, '/api/ready']]);
    await probed.cleanup();
  });

  it('never writes a password, session cookie, CSRF token, authorization, query value or article text', () => {
    const all = log.lines.join('\n');
    expect(log.lines.map((line) => JSON.parse(line) as LogLine).map((line) => `${line.method} ${line.path} ${line.status}`)).toEqual(
      expect.arrayContaining(['POST /api/session 200', 'POST /api/articles 201', 'GET /api/claims 200']),
    );
    for (const secret of secrets) expect(all).not.toContain(secret);
  });

  it('logs an unhandled failure at error with its stack and the request id, beside the 500 line', async () => {
    failIds = true;
    const body = buildArticleBody({ text: 'Une autre dépêche. Elle a deux phrases.', language: 'fr', title: 'Autre' });
    const [res, lines] = await log.during(() => t.api.post('/api/articles').send(body).expect(500));
    failIds = false;
    expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    const reqId = res.headers['x-request-id'];
    expect(lines).toHaveLength(2);
    expect(lines.find((line) => line.msg === 'Unhandled error')).toMatchObject({ level: 50, reqId, err: { message: 'injected failure: no id today' } });
    expect(lines.find((line) => line.status === 500)).toMatchObject({ level: 50, reqId, path: '/api/articles' });
    expect(lines.find((line) => line.msg === 'Unhandled error')!.err!.stack).toContain('injected failure');
  });
});

describe('the log level', () => {
  it('drops request lines below it', async () => {
    const log = memoryLogger('warn');
    const t = await openTestApp(undefined, { app: { logger: log.logger, log: undefined } });
    await t.api.get('/api/articles').expect(200);
    await t.api.get('/api/articles/nope').expect(404);
    expect(log.lines).toEqual([]);
    await t.cleanup();
  });
});
