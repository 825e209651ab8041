// The read side of the API on a freshly seeded store: health, sources, articles and their sentences.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleDetailSchema, ArticleSummarySchema, SourceSchema } from '../../domain/schemas.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.cleanup());

describe('a freshly seeded store', () => {
  it('answers health', async () => {
    const res = await t.api.get('/api/health').expect(200);
    expect(res.body).toEqual({ ok: true });
  });

  it('lists the four seed sources with their Arabic and French names', async () => {
    const res = await t.api.get('/api/sources').expect(200);
    const sources = SourceSchema.array().parse(res.body);
    expect(sources.map((s) => s.id).sort()).toEqual(['armenian-government', 'azerbaijani-mod', 'elysee', 'kremlin']);
    expect(sources.find((s) => s.id === 'kremlin')?.names.ar).toBe('الكرملين');
    expect(sources.find((s) => s.id === 'elysee')?.names.fr).toBe('Élysée');
  });

  it('lists the demo article as Arabic, right to left, with zero claims', async () => {
    const res = await t.api.get('/api/articles').expect(200);
    const [article, ...rest] = ArticleSummarySchema.array().parse(res.body);
    expect(rest).toEqual([]);
    expect(article).toMatchObject({ id: DEMO_ID, language: 'ar', direction: 'rtl', publishedAt: '2020-10-09' });
    expect(article!.claimCounts).toEqual({ unreviewed: 0, corroborated: 0, disputed: 0 });
    expect(res.body[0]).not.toHaveProperty('text');
  });

  it('opens the demo article with sentences that map exactly onto its text', async () => {
    const res = await t.api.get(`/api/articles/${DEMO_ID}`).expect(200);
    const article = ArticleDetailSchema.parse(res.body);
    expect(article.sentences.length).toBeGreaterThan(15);
    for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    expect(article.claims).toEqual([]);
  });

  it('gzips what it sends when the client accepts it, streamed exports included', async () => {
    const article = await t.api.get(`/api/articles/${DEMO_ID}`).set('Accept-Encoding', 'gzip').expect(200);
    expect(article.headers['content-encoding']).toBe('gzip');
    // A streamed export has no length to keep; its progress is counted in bytes (a PDF keeps its length: see
    // api-reports-large.test.ts).
    const report = await t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}`).set('Accept-Encoding', 'gzip').expect(200);
    expect(report.headers['content-encoding']).toBe('gzip');
    expect(report.text.startsWith('\uFEFFclaim_id,')).toBe(true);
  });

  it.each([
    ['GET', '/api/articles/nope', 404, 'not_found'],
    ['GET', '/api/articles/..%2F..%2Fetc', 400, 'invalid_request'],
    ['GET', '/api/nothing-here', 404, 'not_found'],
    ['PATCH', '/api/claims/missing', 400, 'invalid_request'],
    ['DELETE', '/api/claims/missing', 404, 'not_found'],
    ['DELETE', '/api/sources/missing', 404, 'not_found'],
    ['GET', '/api/claims?verdict=Maybe!', 400, 'invalid_request'],
    ['GET', '/api/claims?colour=red', 400, 'invalid_request'],
  ] as const)('%s %s answers %i %s in the error shape', async (method, url, status, code) => {
    const res = await t.api[method.toLowerCase() as "get"](url).expect(status);
    expect(res.body.error.code).toBe(code);
    expect(typeof res.body.error.message).toBe('string');
  });
});
