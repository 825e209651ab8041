// The ClaimReview export points only at public pages (issue 15): a claim on no current public page (never published,
// approved after publishing, or its page withdrawn) is left out and counted in X-Claimdesk-Unpublished-Claims; a
// published one is exported as its page embeds it, even after the live claim changed; an export none of whose claims
// is published is refused with 409 `not_published`. The ClaimReview format is streamed, the package built whole: both
// are checked. On lowdb, and on PostgreSQL in the api-postgres project.
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteAt } from '../../domain/anchoring.ts';
import type { ClaimReviewLd } from '../../domain/reports/claimreview.ts';
import { UNPUBLISHED_CLAIMS_HEADER } from '../../domain/reports/formats.ts';
import { ErrorBodySchema, type Article, type Claim } from '../../domain/schemas.ts';
import { publishArticle } from '../../server/services/publications.ts';
import { buildArticle, buildArticleBody, buildClaimBody, T0 } from '../support/builders.ts';
import { DEMO_ID, NEWSROOM, openTestApp, setNewsroom } from '../support/test-app.ts';

const HEADER = UNPUBLISHED_CLAIMS_HEADER.toLowerCase();
/** Without compression, a streamed body is chunked (a body sent whole has a Content-Length). */
const IDENTITY = { 'Accept-Encoding': 'identity' };
const QUOTES = ['بوقف القتال في ناغورني قره باغ لأسباب إنسانية', 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة'];

let t: Awaited<ReturnType<typeof openTestApp>>;
let other: Article;
/** On the demo article: `first` approved before it is published, `second` after. */
let first: Claim;
let second: Claim;
/** On the other article. */
let third: Claim;

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const approve = async (claim: Claim): Promise<Claim> =>
  (await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200)).body;

const publish = (articleId: string, correction?: string) =>
  t.api.post(`/api/articles/${articleId}/publication`).send(correction ? { correction } : {}).expect(201);

/** The ClaimReview export of `query` (the queue's claims when it names no article). */
const claimReview = (query = '') => t.api.get(`/api/reports?format=claimreview${query && `&${query}`}`).set(IDENTITY);

/** The ClaimReviews a public page embeds, as a reader (or a search engine) gets them: no session. */
async function pageReviews(slug: string): Promise<ClaimReviewLd[]> {
  const html = (await request(t.app).get(`/v/${slug}`).expect(200)).text;
  const scripts = new JSDOM(html).window.document.querySelectorAll('script[type="application/ld+json"]');
  return [...scripts].map((script) => {
    const { '@context': context, ...review } = JSON.parse(script.textContent ?? '') as ClaimReviewLd & { '@context': string };
    expect(context).toBe('https://schema.org');
    return review;
  });
}

beforeAll(async () => {
  t = await openTestApp();
  await setNewsroom(t.api);
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const on = (q: string, verdict: string) => buildClaimBody(text, text.indexOf(q), text.indexOf(q) + q.length, { verdict, sourceId: 'kremlin', note: 'Checked.' });
  first = await approve((await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(on(QUOTES[0]!, 'disputed')).expect(201)).body);
  second = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(on(QUOTES[1]!, 'corroborated')).expect(201)).body;
  other = (await t.api.post('/api/articles').send(buildArticleBody({ title: 'Truce talk' })).expect(201)).body;
  const wire = other.text;
  const quote = 'Moscow called for a ceasefire.';
  const made = buildClaimBody(wire, wire.indexOf(quote), wire.indexOf(quote) + quote.length, { verdict: 'disputed', sourceId: 'kremlin' });
  third = await approve((await t.api.post(`/api/articles/${other.id}/claims`).send(made).expect(201)).body);
});
afterAll(() => t.cleanup());

describe('the ClaimReview export', () => {
  it('is refused with 409 not_published, in the error shape, while none of its claims is published', async () => {
    for (const query of [`articleId=${DEMO_ID}`, '', `articleId=${DEMO_ID}&approved=all`]) {
      const res = await claimReview(query).expect(409);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const { error } = ErrorBodySchema.parse(res.body);
      expect(error, query).toMatchObject({ code: 'not_published', params: { kind: 'export' } });
      expect(error.message).toMatch(/publish the article first/);
      expect(res.headers[HEADER]).toBeUndefined();
    }
  });

  it('carries a published claim as its public page embeds it, and leaves out and counts one approved since', async () => {
    await publish(DEMO_ID);
    second = await approve(second);
    const res = await claimReview(`articleId=${DEMO_ID}`).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked'); // streamed: written as the claims are read
    expect(res.headers[HEADER]).toBe('1');
    const graph = JSON.parse(res.text)['@graph'] as ClaimReviewLd[];
    expect(graph).toEqual(await pageReviews(DEMO_ID));
    expect(graph.map((r) => [r.url, r.itemReviewed.text])).toEqual([[`${NEWSROOM.publicBaseUrl}/v/${DEMO_ID}#claim-1`, first.quote.exact]]);
    expect(res.text).not.toContain('/articles/');
  });

  it('keeps saying what the page says after the claim was changed and approved again, until it is republished', async () => {
    const edited: Claim = (await t.api.patch(`/api/claims/${first.id}`).send({ version: first.version, verdict: 'corroborated', note: 'New footage.' }).expect(200)).body;
    first = await approve(edited);
    const res = await claimReview(`articleId=${DEMO_ID}`).expect(200);
    const [review] = JSON.parse(res.text)['@graph'] as ClaimReviewLd[];
    expect(review?.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'مُتنازَع عليه' }); // disputed, as published
    expect([review]).toEqual(await pageReviews(DEMO_ID));
    expect(res.headers[HEADER]).toBe('1');
  });

  it('leaves out the claims of a withdrawn page', async () => {
    await publish(other.id);
    const both = await claimReview().expect(200);
    expect((JSON.parse(both.text)['@graph'] as ClaimReviewLd[]).map((r) => r.itemReviewed.text)).toEqual([first.quote.exact, third.quote.exact]);
    expect(both.headers[HEADER]).toBe('1');

    await t.api.post(`/api/articles/${other.id}/publication/withdrawal`).send({ reason: 'Published by mistake.' }).expect(200);
    await request(t.app).get(`/v/${other.id}`).expect(410);
    const after = await claimReview().expect(200);
    expect(JSON.parse(after.text)['@graph']).toEqual(await pageReviews(DEMO_ID));
    expect(after.headers[HEADER]).toBe('2');
    expect((await claimReview(`articleId=${other.id}`).expect(409)).body.error.code).toBe('not_published');
  });

  it('puts the same ClaimReviews in the publication package, and counts the claims it leaves out of them', async () => {
    const res = await t.api.get(`/api/reports?format=package&articleId=${DEMO_ID}&approved=all`).buffer(true).parse(binary).expect(200);
    expect(res.headers[HEADER]).toBe('1');
    const files = unzipSync(new Uint8Array(res.body as Buffer));
    expect(JSON.parse(strFromU8(files['claimreview.jsonld']!))['@graph']).toEqual(await pageReviews(DEMO_ID));
  });

  it('follows the page once it is republished: the new verdict, its correction day, and the claim approved since', async () => {
    await publish(DEMO_ID, 'New footage showed the claim was right.');
    const res = await claimReview(`articleId=${DEMO_ID}`).expect(200);
    expect(res.headers[HEADER]).toBe('0');
    const graph = JSON.parse(res.text)['@graph'] as ClaimReviewLd[];
    expect(graph).toEqual(await pageReviews(DEMO_ID));
    expect(graph.map((r) => [r.itemReviewed.text, r.reviewRating.ratingValue, r.dateModified])).toEqual([
      [second.quote.exact, 5, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
      [first.quote.exact, 5, expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)],
    ]);
  });

  it('carries the claims of more published articles than the server reads in one batch', async () => {
    // Written through the store and published by the publishing service itself: 130 articles through the API would
    // take some 500 requests.
    const ARTICLES = 130;
    const editor: string = (await t.api.get('/api/session').expect(200)).body.user.id;
    let ids = 0;
    const ctx = { now: T0, userId: editor, newId: () => `bulk-id-${++ids}` };
    const approved = { state: 'approved' as const, comment: '', decidedBy: editor, decidedAt: T0 };
    await t.store.transaction(async (tx) => {
      for (let i = 0; i < ARTICLES; i++) {
        const article = buildArticle({ id: `bulk-${i}`, title: `Bulk ${i}`, text: `The Élysée said talks would begin on day ${i}.` });
        const range = { start: 0, end: 10 };
        await tx.articles.insert(article);
        await tx.claims.insert({
          id: `bulk-claim-${i}`, articleId: article.id, sourceId: 'elysee', ...range, quote: quoteAt(article.text, range), verdict: 'disputed', note: '',
          evidence: [], createdAt: T0, updatedAt: T0, version: 1, createdBy: editor, updatedBy: editor, review: approved, deletedAt: null,
        });
        await publishArticle(tx, article.id, {}, ctx);
      }
    });
    const res = await claimReview('sourceId=elysee').expect(200);
    expect(res.headers[HEADER]).toBe('0');
    const graph = JSON.parse(res.text)['@graph'] as ClaimReviewLd[];
    expect(graph.map((r) => r.url)).toEqual(Array.from({ length: ARTICLES }, (_, i) => `${NEWSROOM.publicBaseUrl}/v/bulk-${i}#claim-1`));
    expect(graph.at(-1)).toEqual((await pageReviews(`bulk-${ARTICLES - 1}`))[0]);
  });
});
