// Writing claims through the API: create, list, update with the version check, delete; counts follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimSchema, type Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let text: string;
beforeAll(async () => {
  t = await openTestApp();
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
});
afterAll(() => t.cleanup());

/** The Kremlin's demand in the demo article, from «بوقف القتال» to «والأسرى». */
function kremlinRange() {
  const start = text.indexOf('بوقف القتال');
  const end = text.indexOf('والأسرى') + 'والأسرى'.length;
  return { start, end };
}

describe('claims', () => {
  let claim: Claim;

  it('creates a claim with its quote selector, unreviewed at version 1', async () => {
    const { start, end } = kremlinRange();
    const res = await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, start, end)).expect(201);
    claim = ClaimSchema.parse(res.body);
    expect(claim).toMatchObject({ articleId: DEMO_ID, sourceId: 'kremlin', start, end, verdict: 'unreviewed', note: '', evidence: [], version: 1 });
    expect(claim.quote.exact).toBe('بوقف القتال في ناغورني قره باغ لأسباب إنسانية بهدف تبادل جثث القتلى والأسرى');
    expect(claim.quote.prefix).toBe(text.slice(start - 32, start));
    expect(claim.quote.suffix).toBe(text.slice(end, end + 32));
  });

  it('marks it disputed with a note and evidence, bumping the version', async () => {
    const res = await t.api
      .patch(`/api/claims/${claim.id}`)
      .send({ version: 1, verdict: 'disputed', note: 'No such statement on kremlin.ru', evidence: [{ url: 'https://kremlin.ru/events', title: 'Kremlin events' }] })
      .expect(200);
    expect(res.body).toMatchObject({ verdict: 'disputed', version: 2, note: 'No such statement on kremlin.ru' });
    expect(res.body.evidence).toEqual([{ url: 'https://kremlin.ru/events', title: 'Kremlin events' }]);
    expect(res.body.updatedAt > claim.updatedAt).toBe(true);
    claim = res.body;
  });

  it('refuses a stale version with 409 and the current claim, changing nothing', async () => {
    const before = await t.readStoreFile();
    const res = await t.api.patch(`/api/claims/${claim.id}`).send({ version: 1, verdict: 'corroborated' }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'version_conflict', field: 'version' });
    expect(res.body.error.current).toEqual(claim);
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('counts the claim by verdict in the article list and filters it across articles', async () => {
    const list = await t.api.get('/api/articles').expect(200);
    expect(list.body[0].claimCounts).toEqual({ unreviewed: 0, corroborated: 0, disputed: 1 });
    const disputed = await t.api.get('/api/claims?verdict=disputed&sourceId=kremlin').expect(200);
    expect(disputed.body.map((c: Claim) => c.id)).toEqual([claim.id]);
    const none = await t.api.get('/api/claims?verdict=corroborated').expect(200);
    expect(none.body).toEqual([]);
  });

  it('moves a claim to a new range only with its new exact text', async () => {
    const start = text.indexOf('بوقف القتال');
    const end = start + 'بوقف القتال'.length;
    const res = await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, start, end, exact: 'بوقف القتال' }).expect(200);
    expect(res.body.quote.exact).toBe('بوقف القتال');
    claim = res.body;
  });

  it('refuses to delete a source that claims use', async () => {
    const res = await t.api.delete('/api/sources/kremlin').expect(409);
    expect(res.body.error.code).toBe('source_in_use');
  });

  it('deletes the claim', async () => {
    await t.api.delete(`/api/claims/${claim.id}`).expect(204);
    const article = await t.api.get(`/api/articles/${DEMO_ID}`).expect(200);
    expect(article.body.claims).toEqual([]);
  });
});

describe('sources', () => {
  it('adds, edits and deletes a source', async () => {
    const created = await t.api
      .post('/api/sources')
      .send({ name: 'Separatist authorities', names: { ar: 'السلطات الانفصالية' }, aliases: ['السلطات الانفصالية'] })
      .expect(201);
    expect(created.body).toMatchObject({ id: 'separatist-authorities', names: { ar: 'السلطات الانفصالية' } });
    const edited = await t.api.patch('/api/sources/separatist-authorities').send({ kind: 'organisation' }).expect(200);
    expect(edited.body.kind).toBe('organisation');
    await t.api.delete('/api/sources/separatist-authorities').expect(204);
  });

  it('gives an Arabic-only name a generated id', async () => {
    const created = await t.api.post('/api/sources').send({ name: 'وكالة فرانس برس' }).expect(201);
    expect(created.body.id).toMatch(/^id-\d+$/);
    expect(created.body.name).toBe('وكالة فرانس برس');
  });
});
