// Publishing through the API (issue 15, items 3-5): an editor publishes an article's approved claims, republishes
// with a correction when a verdict changed, withdraws; the public pages answer 200/304/404/410 with a strict CSP.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_PAGE_CSP } from '../../domain/publication/page-shell.ts';
import type { Claim } from '../../domain/schemas.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, NEWSROOM, openTestApp, setNewsroom, type Agent } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let farah: Agent;
let claim: Claim;
const PUBLICATION = `/api/articles/${DEMO_ID}/publication`;
const PAGE = `/v/${DEMO_ID}`;

beforeAll(async () => {
  t = await openTestApp();
  farah = await t.addUser('farah', 'factchecker', 'Farah Haddad');
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const made: Claim = (await farah.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 20, { verdict: 'disputed', note: 'Both ministries deny it.', evidence: [{ url: 'https://example.org/evidence' }] })).expect(201)).body;
  claim = (await t.api.post(`/api/claims/${made.id}/review`).send({ decision: 'approve', version: made.version }).expect(200)).body;
});
afterAll(() => t.cleanup());

describe('publishing', () => {
  it('refuses while the newsroom is unset, naming the field, and publishes nothing', async () => {
    const res = await t.api.post(PUBLICATION).send({}).expect(409);
    expect(res.body.error).toMatchObject({ code: 'newsroom_not_ready', field: 'newsroomName' });
    await setNewsroom(t.api, { publicBaseUrl: 'http://localhost:3000' });
    expect((await t.api.post(PUBLICATION).send({}).expect(409)).body.error).toMatchObject({ field: 'publicBaseUrl', params: { reason: 'loopback' } });
    await request(t.app).get(PAGE).expect(404);
    await setNewsroom(t.api);
  });

  it('answers 404 for a page never published, the same body as for any unknown slug', async () => {
    const draft = await request(t.app).get(PAGE).expect(404);
    const unknown = await request(t.app).get('/v/never-existed').expect(404);
    expect(draft.text).toBe(unknown.text);
    expect(draft.headers['content-security-policy']).toBe(PUBLIC_PAGE_CSP);
  });

  it('lets only editors publish', async () => {
    expect((await farah.post(PUBLICATION).send({}).expect(403)).body.error.code).toBe('forbidden');
  });

  it('refuses an article with no approved claim', async () => {
    const article = (await t.api.post('/api/articles').send(buildArticleBody({ title: 'Empty', text: 'The ministry said nothing at all.' })).expect(201)).body;
    expect((await t.api.post(`/api/articles/${article.id}/publication`).send({}).expect(422)).body.error.code).toBe('nothing_to_publish');
  });

  it('publishes version 1 and audits it on the claim', async () => {
    const res = await t.api.post(PUBLICATION).send({}).expect(201);
    expect(res.body.url).toBe(`${NEWSROOM.publicBaseUrl}/v/${DEMO_ID}`);
    expect(res.body.publication).toMatchObject({ version: 1, status: 'published', slug: DEMO_ID, corrections: [] });
    expect(res.body.publication.snapshot.claims).toEqual([expect.objectContaining({ claimId: claim.id, n: 1, verdict: expect.objectContaining({ key: 'disputed', sign: '✗', colour: '#c0262d' }), checkedBy: 'Farah Haddad', approvedBy: 'Edith Editor' })]);
    const entries = (await t.api.get(`/api/claims/${claim.id}/history`).expect(200)).body;
    expect(entries.at(-1)).toMatchObject({ action: 'publish', after: { slug: DEMO_ID, version: 1 } });
  });

  it('points the ClaimReview export of a published claim at its public page, not at the workbench', async () => {
    const res = await t.api.get(`/api/reports?format=claimreview&articleId=${DEMO_ID}`).expect(200);
    const text = res.text ?? res.body.toString();
    expect(text).toContain(`"${NEWSROOM.publicBaseUrl}/v/${DEMO_ID}#claim-1"`);
    expect(text).not.toContain(`/articles/${DEMO_ID}#claim-`);
  });

  it('serves the page as finished HTML with a strict CSP, caching headers and 304 on its ETag', async () => {
    const res = await request(t.app).get(PAGE).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(PUBLIC_PAGE_CSP);
    expect(res.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+$/);
    expect(res.text).toContain('<html lang="ar" dir="rtl">');
    expect(res.text).toContain(claim.quote.exact);
    expect(res.text).toContain('id="claim-1"');
    const etag = res.headers.etag!;
    await request(t.app).get(PAGE).set('If-None-Match', etag).expect(304);
    await request(t.app).get(PAGE).set('If-None-Match', '"other"').expect(200);
  });

  it('keeps the page frozen until republished', async () => {
    const edited: Claim = (await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, verdict: 'corroborated' }).expect(200)).body;
    claim = (await t.api.post(`/api/claims/${edited.id}/review`).send({ decision: 'approve', version: edited.version }).expect(200)).body;
    const page = (await request(t.app).get(PAGE).expect(200)).text;
    expect(page).toContain('class="badge v-disputed"');
    expect(page).not.toContain('class="badge v-corroborated"');
  });

  it('requires a correction when a verdict changed, then shows it dated and as dateModified', async () => {
    const refused = await t.api.post(PUBLICATION).send({}).expect(422);
    expect(refused.body.error).toMatchObject({ code: 'correction_required', field: 'correction' });
    const res = await t.api.post(PUBLICATION).send({ correction: 'New footage showed the claim was right.' }).expect(201);
    expect(res.body.publication).toMatchObject({ version: 2, corrections: [{ note: 'New footage showed the claim was right.', claimId: claim.id }] });
    const page = (await request(t.app).get(PAGE).expect(200)).text;
    expect(page).toContain('class="badge v-corroborated"');
    expect(page).toMatch(/تصحيح، [^<]+:<\/strong> <bdi dir="ltr">New footage showed the claim was right\.<\/bdi>/);
    const ld = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(ld).toHaveLength(1);
    expect(ld[0].dateModified).toBe(res.body.publication.corrections[0].date.slice(0, 10));
    expect(ld[0].url).toBe(`${NEWSROOM.publicBaseUrl}/v/${DEMO_ID}#claim-1`);
  });

  it('lists the page in the index and the feed', async () => {
    expect((await request(t.app).get('/v/').expect(200)).text).toContain(`${NEWSROOM.publicBaseUrl}/v/${DEMO_ID}`);
    const feed = await request(t.app).get('/v/feed.atom').expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(feed.text).toContain(`<link rel="self" type="application/atom+xml" href="${NEWSROOM.publicBaseUrl}/v/feed.atom"/>`);
  });

  it('withdraws with a reason: 410 with a notice, gone from the index, audited', async () => {
    await t.api.post(`${PUBLICATION}/withdrawal`).send({ reason: '' }).expect(400);
    expect((await farah.post(`${PUBLICATION}/withdrawal`).send({ reason: 'x' }).expect(403)).body.error.code).toBe('forbidden');
    const res = await t.api.post(`${PUBLICATION}/withdrawal`).send({ reason: 'Published by mistake.' }).expect(200);
    expect(res.body.publication).toMatchObject({ status: 'withdrawn', withdrawnReason: 'Published by mistake.' });
    const gone = await request(t.app).get(PAGE).expect(410);
    expect(gone.text).toContain('Published by mistake.');
    expect(gone.headers['content-security-policy']).toBe(PUBLIC_PAGE_CSP);
    expect((await request(t.app).get('/v/').expect(200)).text).not.toContain(`/v/${DEMO_ID}"`);
    await t.api.post(`${PUBLICATION}/withdrawal`).send({ reason: 'Again' }).expect(409);
    const entries = (await t.api.get(`/api/claims/${claim.id}/history`).expect(200)).body;
    expect(entries.at(-1)).toMatchObject({ action: 'withdraw', after: { reason: 'Published by mistake.' } });
  });

  it('republishes a withdrawn page as a new version', async () => {
    const res = await t.api.post(PUBLICATION).send({}).expect(201);
    expect(res.body.publication).toMatchObject({ version: 3, status: 'published' });
    await request(t.app).get(PAGE).expect(200);
    expect((await t.api.get(PUBLICATION).expect(200)).body.publication.version).toBe(3);
  });
});
