// Accounts and permissions: who may call what (a table per role), set-up once, CSRF, rate limits, disabled accounts.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, TEST_PASSWORD, openTestApp, signIn, type Agent } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let checker: Agent;
let claimId: string;
let text: string;

beforeAll(async () => {
  t = await openTestApp();
  checker = await t.addUser('farah', 'factchecker', 'Farah Checker');
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  claimId = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 4)).expect(201)).body.id;
});
afterAll(() => t.cleanup());

type Who = 'anonymous' | 'factchecker' | 'editor';
const routes: Array<{ method: 'get' | 'post' | 'patch' | 'delete'; url: () => string; body?: () => object; expect: Record<Who, number> }> = [
  { method: 'get', url: () => '/api/health', expect: { anonymous: 200, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/setup', expect: { anonymous: 200, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/session', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/articles', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => `/api/articles/${DEMO_ID}`, expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/sources', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/claims', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/claims/summary', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => `/api/claims/${claimId}/history`, expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/settings', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'get', url: () => '/api/users', expect: { anonymous: 401, factchecker: 403, editor: 200 } },
  { method: 'get', url: () => '/api/people', expect: { anonymous: 401, factchecker: 200, editor: 200 } },
  { method: 'post', url: () => '/api/users', body: () => ({ username: 'x', displayName: 'X', password: 'short', role: 'editor' }), expect: { anonymous: 401, factchecker: 403, editor: 400 } },
  { method: 'patch', url: () => '/api/settings', body: () => ({ newsroomName: 'Desk' }), expect: { anonymous: 401, factchecker: 403, editor: 200 } },
  { method: 'post', url: () => `/api/claims/${claimId}/review`, body: () => ({ decision: 'approve', version: 999 }), expect: { anonymous: 401, factchecker: 403, editor: 409 } },
  { method: 'delete', url: () => '/api/sources/nope', expect: { anonymous: 401, factchecker: 403, editor: 404 } },
  { method: 'post', url: () => '/api/sources', body: () => ({ name: '' }), expect: { anonymous: 401, factchecker: 400, editor: 400 } },
  { method: 'patch', url: () => `/api/claims/${claimId}`, body: () => ({ version: 999 }), expect: { anonymous: 401, factchecker: 409, editor: 409 } },
  { method: 'post', url: () => `/api/articles/${DEMO_ID}/claims`, body: () => ({}), expect: { anonymous: 401, factchecker: 400, editor: 400 } },
  { method: 'get', url: () => '/api/no-such-route', expect: { anonymous: 401, factchecker: 404, editor: 404 } },
];

describe('the permission matrix', () => {
  const cases = routes.flatMap((r) => (['anonymous', 'factchecker', 'editor'] as const).map((who) => ({ ...r, who, status: r.expect[who] })));
  it.each(cases)('$method $url as $who answers $status', async (c) => {
    const agent = c.who === 'anonymous' ? request(t.app) : c.who === 'editor' ? t.api : checker;
    let req = agent[c.method](c.url());
    if (c.body) req = req.send(c.body());
    const res = await req;
    expect(res.status).toBe(c.status);
    if (c.status >= 400) expect(res.body.error.code).toEqual(expect.any(String));
  });
});

describe('set-up and sessions', () => {
  it('refuses a second set-up once an editor exists', async () => {
    const res = await request(t.app).post('/api/setup').send({ username: 'mallory', displayName: 'M', password: TEST_PASSWORD }).expect(409);
    expect(res.body.error.code).toBe('setup_done');
    expect((await request(t.app).get('/api/setup')).body).toEqual({ needed: false });
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and never sends the password hash', async () => {
    const res = await request(t.app).post('/api/session').send({ username: 'farah', password: TEST_PASSWORD }).expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/claimdesk_session=[\w-]{20,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(res.body.user).toMatchObject({ username: 'farah', role: 'factchecker' });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|scrypt/);
    const users = await t.api.get('/api/users').expect(200);
    expect(JSON.stringify(users.body)).not.toMatch(/passwordHash|scrypt/);
  });

  it('refuses a change without the CSRF token, changing nothing', async () => {
    const agent = request.agent(t.app);
    await agent.post('/api/session').send({ username: 'farah', password: TEST_PASSWORD }).expect(200);
    const before = await t.readStoreFile();
    const res = await agent.post('/api/sources').send({ name: 'No token' }).expect(403);
    expect(res.body.error).toMatchObject({ code: 'csrf', field: 'X-CSRF-Token' });
    await agent.post('/api/sources').set('X-CSRF-Token', 'forged').send({ name: 'Forged' }).expect(403);
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('refuses a wrong password without telling whether the user exists', async () => {
    const wrong = await request(t.app).post('/api/session').send({ username: 'farah', password: 'not the password' }).expect(401);
    const unknown = await request(t.app).post('/api/session').send({ username: 'nobody', password: 'not the password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.field).toBe('password');
  });

  it('rate-limits sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await request(t.app).post('/api/session').send({ username: 'target', password: `guess-${i}` })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("ends a disabled account's session at once, and signs it out of the store", async () => {
    const temp = await t.addUser('temp', 'factchecker');
    await temp.get('/api/articles').expect(200);
    const me = (await temp.get('/api/session')).body.user;
    await t.api.patch(`/api/users/${me.id}`).send({ disabled: true }).expect(200);
    const res = await temp.get('/api/articles').expect(401);
    expect(res.body.error.code).toBe('unauthenticated');
    const again = await request(t.app).post('/api/session').send({ username: 'temp', password: TEST_PASSWORD }).expect(403);
    expect(again.body.error.code).toBe('account_disabled');
  });

  it('keeps at least one active editor', async () => {
    const me = (await t.api.get('/api/session')).body.user;
    const res = await t.api.patch(`/api/users/${me.id}`).send({ role: 'factchecker' }).expect(409);
    expect(res.body.error.code).toBe('last_editor');
  });

  it('lets a fact-checker change only their own locale', async () => {
    const me = (await checker.get('/api/session')).body.user;
    await checker.patch(`/api/users/${me.id}`).send({ locale: 'ar' }).expect(200);
    await checker.patch(`/api/users/${me.id}`).send({ role: 'editor' }).expect(403);
  });

  it('signs out', async () => {
    const agent = await signIn(t.app, 'farah');
    await agent.delete('/api/session').expect(204);
    await agent.get('/api/articles').expect(401);
  });

  it('resolves the signed-in user once per request, reading, changing or signing out', async () => {
    const agent = await signIn(t.app, 'farah');
    const reads = vi.spyOn(t.store.read.sessions, 'find');
    try {
      const requests = [
        () => agent.get('/api/articles').expect(200),
        () => agent.post('/api/sources').send({ name: '' }).expect(400),
        () => agent.get('/api/users').expect(403),
        () => agent.delete('/api/session').expect(204),
      ];
      for (const send of requests) {
        reads.mockClear();
        await send();
        expect(reads).toHaveBeenCalledTimes(1);
      }
    } finally {
      reads.mockRestore();
    }
  });
});
