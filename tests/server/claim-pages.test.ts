// Pages of the claims a filter matches: firstSorted equals the stable sort cut short for any input, and
// GET /api/claims/page walks the whole queue in its order, page by page, with the total; bad bounds are refused.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsPageSchema, type Claim } from '../../domain/schemas.ts';
import { firstSorted } from '../../server/store/low-queries.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

describe('firstSorted', () => {
  it('gives the first n of the stable sort, ties in input order, for any items and n', () => {
    // Items are [key, position]: comparing by key alone leaves ties, which must keep their input order.
    const items = fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }).map((keys) => keys.map((k, i) => [k, i] as const));
    fc.assert(
      fc.property(items, fc.nat({ max: 320 }), (list, n) => {
        const byKey = (a: readonly [number, number], b: readonly [number, number]) => a[0] - b[0];
        expect(firstSorted(list, n, byKey)).toEqual([...list].sort(byKey).slice(0, n));
      }),
      { numRuns: 300 },
    );
  });
});

describe('GET /api/claims/page', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let all: Claim[];
  beforeAll(async () => {
    t = await openTestApp();
    const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
    const words = [...text.matchAll(/[\p{L}]+/gu)].slice(0, 23);
    for (const [i, word] of words.entries()) {
      const body = buildClaimBody(text, word.index, word.index + word[0].length, { sourceId: i % 2 ? 'kremlin' : 'armenian-government' });
      const claim: Claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(body).expect(201)).body;
      if (i % 3 === 0) await t.api.patch(`/api/claims/${claim.id}`).send({ verdict: 'disputed', version: claim.version }).expect(200);
    }
    all = (await t.api.get('/api/claims?sort=source').expect(200)).body;
  });
  afterAll(() => t.cleanup());

  it('walks every claim in the order of the full list, page by page, with the total', async () => {
    const seen: Claim[] = [];
    for (let offset = 0; ; ) {
      const page = ClaimsPageSchema.parse((await t.api.get(`/api/claims/page?sort=source&limit=5&offset=${offset}`).expect(200)).body);
      expect(page).toMatchObject({ total: all.length, offset, limit: 5 });
      seen.push(...page.claims);
      if (page.claims.length < 5) break;
      offset += 5;
    }
    expect(seen.map((c) => c.id)).toEqual(all.map((c) => c.id));
    expect(all.length).toBe(23);
  });

  it('filters as GET /api/claims does, 50 to a page by default', async () => {
    const disputed: Claim[] = (await t.api.get('/api/claims?verdict=disputed').expect(200)).body;
    const page = (await t.api.get('/api/claims/page?verdict=disputed').expect(200)).body;
    expect(page).toMatchObject({ total: disputed.length, offset: 0, limit: 50 });
    expect(page.claims.map((c: Claim) => c.id)).toEqual(disputed.map((c) => c.id));
    expect(disputed.length).toBe(8);
  });

  it('answers an empty page past the end', async () => {
    expect((await t.api.get('/api/claims/page?offset=100').expect(200)).body).toEqual({ claims: [], total: 23, offset: 100, limit: 50 });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['limit=2.5', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=ten', 'offset'],
    ['offset=1&offset=2', 'offset'],
    ['verdict=Maybe!', 'verdict'],
    ['page=2', 'page'],
  ])('refuses %s, naming the field', async (query, field) => {
    const res = await t.api.get(`/api/claims/page?${query}`).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field });
  });

  // Number() reads all of these (issue 13, finding 16); a page bound is written in decimal digits or refused.
  it.each([
    ['offset=0x10', 'offset'],
    ['limit=1e2', 'limit'],
    ['limit=%2B5', 'limit'],
    ['limit=+5', 'limit'],
    ['limit=%205', 'limit'],
    ['limit=5%20', 'limit'],
    ['offset=-0', 'offset'],
    ['limit=5.0', 'limit'],
    ['offset=', 'offset'],
    ['limit=0b101', 'limit'],
  ])('refuses %s as not decimal digits, naming the field', async (query, field) => {
    const res = await t.api.get(`/api/claims/page?${query}`).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field, params: { reason: 'query_integer' } });
  });

  it('reads bounds written in decimal digits', async () => {
    expect((await t.api.get('/api/claims/page?limit=5&offset=010').expect(200)).body).toMatchObject({ total: 23, offset: 10, limit: 5 });
  });
});
