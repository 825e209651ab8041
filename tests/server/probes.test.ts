// /api/health and /api/ready (server/probes.ts): answered without a session; not ready is a 503 naming the reason.
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import type { Readiness } from '../../server/store/repositories.ts';
import { openTestApp } from '../support/test-app.ts';

let readiness: Readiness = { ready: true };
const t = await openTestApp(undefined, { app: { ready: async () => readiness } });
afterAll(() => t.cleanup());

describe('the probes', () => {
  it('answers liveness without a session', async () => {
    const res = await request(t.app).get('/api/health').expect(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('answers readiness without a session while the store is ready', async () => {
    readiness = { ready: true };
    const res = await request(t.app).get('/api/ready').expect(200);
    expect(res.body).toEqual({ ready: true });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 with the reason when the store is not ready, and liveness stays 200', async () => {
    readiness = { ready: false, reason: 'Migrations not applied: 0002-sessions' };
    const res = await request(t.app).get('/api/ready').expect(503);
    expect(res.body).toEqual({ error: { code: 'not_ready', message: 'Migrations not applied: 0002-sessions' } });
    await request(t.app).get('/api/health').expect(200);
  });
});
