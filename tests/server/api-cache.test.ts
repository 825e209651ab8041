// API answers hold private data (claims, people, exports), so none may be kept by a browser or a proxy: every
// /api answer, success or refusal, says `Cache-Control: no-store` (issue 13, finding 16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.cleanup());

describe('Cache-Control on API answers', () => {
  it.each([
    ['the session', () => t.api.get('/api/session'), 200],
    ['an article', () => t.api.get(`/api/articles/${DEMO_ID}`), 200],
    ['a page of claims', () => t.api.get('/api/claims/page?limit=5'), 200],
    ['the people', () => t.api.get('/api/users'), 200],
    ['a CSV report', () => t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}&approved=all`), 200],
    ['a refused query', () => t.api.get('/api/claims/page?limit=1e2'), 400],
    ['an unknown API route', () => t.api.get('/api/nowhere'), 404],
    ['a request with no session', () => request(t.app).get('/api/claims'), 401],
    ['the health check', () => request(t.app).get('/api/health'), 200],
  ] as const)('is no-store for %s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
