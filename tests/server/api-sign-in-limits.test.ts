// Password guessing: failed sign-ins are limited per account and per address, successes never count, and set-up
// has its own limit (server/auth/sign-in-limits.ts).
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../../server/auth/sign-in-limits.ts';
import { TEST_PASSWORD, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>> | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

const signInAs = (app: Awaited<ReturnType<typeof openTestApp>>['app'], username: string, password: string, from?: string) => {
  const req = request(app).post('/api/session');
  if (from) req.set('X-Forwarded-For', from);
  return req.send({ username, password });
};

/** Adds fact-checkers named `prefix0`, `prefix1`… through the editors' API. */
async function addPeople(prefix: string, count: number) {
  for (let i = 0; i < count; i++) {
    await t!.api.post('/api/users').send({ username: `${prefix}${i}`, displayName: `${prefix} ${i}`, password: TEST_PASSWORD, role: 'factchecker' }).expect(201);
  }
}

describe('sign-in limits', () => {
  it('never refuses successful sign-ins, however many', async () => {
    t = await openTestApp();
    const times = SIGN_IN_LIMITS.failuresPerAddress + SIGN_IN_LIMITS.failuresPerAccount + 5;
    const statuses = [];
    for (let i = 0; i < times; i++) statuses.push((await signInAs(t.app, 'editor', TEST_PASSWORD)).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
  });

  it("refuses an account after its failures, even with the right password, while others at the same address sign in", async () => {
    t = await openTestApp();
    await addPeople('farah', 1);
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount; i++) await signInAs(t.app, 'farah0', `guess-${i}`).expect(401);
    const refused = await signInAs(t.app, 'farah0', TEST_PASSWORD).expect(429);
    expect(refused.body.error).toMatchObject({ code: 'too_many_attempts', message: expect.stringMatching(/this account/) });
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    // The same address, another account (the username is matched case-insensitively, as sign-in does).
    await signInAs(t.app, 'editor', TEST_PASSWORD).expect(200);
    await signInAs(t.app, 'FARAH0', TEST_PASSWORD).expect(429);
  });

  it('refuses an address after its failures across accounts, whatever account it names next', async () => {
    t = await openTestApp();
    const accounts = Math.ceil(SIGN_IN_LIMITS.failuresPerAddress / (SIGN_IN_LIMITS.failuresPerAccount - 1));
    await addPeople('sam', accounts);
    let failures = 0;
    // Spread the guesses so that no single account reaches its own limit.
    for (let a = 0; failures < SIGN_IN_LIMITS.failuresPerAddress; a++) {
      for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount - 1 && failures < SIGN_IN_LIMITS.failuresPerAddress; i++, failures++) {
        await signInAs(t.app, `sam${a}`, `guess-${i}`).expect(401);
      }
    }
    const refused = await signInAs(t.app, 'editor', TEST_PASSWORD).expect(429);
    expect(refused.body.error.message).toMatch(/this address/);
  });

  it('counts an account\'s failures from every address behind a trusted proxy, and each address on its own', async () => {
    t = await openTestApp(undefined, { app: { trustProxy: 'loopback' } });
    await addPeople('nadia', 1);
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount; i++) await signInAs(t.app, 'nadia0', `guess-${i}`, `203.0.113.${i + 1}`).expect(401);
    await signInAs(t.app, 'nadia0', TEST_PASSWORD, '198.51.100.7').expect(429);
    await signInAs(t.app, 'editor', TEST_PASSWORD, '203.0.113.1').expect(200);
  });

  it('does not believe X-Forwarded-For from a client when no proxy is trusted', async () => {
    t = await openTestApp();
    const accounts = Math.ceil(SIGN_IN_LIMITS.failuresPerAddress / (SIGN_IN_LIMITS.failuresPerAccount - 1));
    await addPeople('omar', accounts);
    let failures = 0;
    for (let a = 0; failures < SIGN_IN_LIMITS.failuresPerAddress; a++) {
      for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount - 1 && failures < SIGN_IN_LIMITS.failuresPerAddress; i++, failures++) {
        await signInAs(t.app, `omar${a}`, `guess-${i}`, `203.0.113.${failures + 1}`).expect(401);
      }
    }
    await signInAs(t.app, 'editor', TEST_PASSWORD, '198.51.100.7').expect(429);
  });
});

describe('the set-up limit', () => {
  it('is its own: set-up attempts do not lock sign-in out, nor failed sign-ins set-up', async () => {
    t = await openTestApp();
    const setUp = () => request(t!.app).post('/api/setup').send({ username: 'editor', displayName: 'Edith', password: TEST_PASSWORD });
    // openTestApp's own set-up was the first attempt; the store is set up, so the next ones are 409.
    for (let i = 0; i < SIGN_IN_LIMITS.setupPerAddress - 2; i++) await setUp().expect(409);
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount; i++) await signInAs(t.app, 'editor', `guess-${i}`).expect(401);
    await setUp().expect(409); // the last attempt set-up allows, after the sign-in failures
    await setUp().expect(429);
    await signInAs(t.app, 'someone', 'guess').expect(401); // sign-in still answers for other accounts
  });
});
