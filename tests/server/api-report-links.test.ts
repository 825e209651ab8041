// Links in reports: absolute only on the configured public base URL (PUBLIC_BASE_URL), never on the request's Host.
import { unzipSync, strFromU8 } from 'fflate';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATION_FORMATS } from '../../domain/requests.ts';
import type { Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, setNewsroom } from '../support/test-app.ts';

const HOSTILE = 'evil.example';
const FORMATS = ['html', 'md', 'csv', 'json', 'claimreview', 'webannotation', 'package'] as const;
/** The package holds a PDF printed by Chromium: room for a loaded machine (a limit, not a measure). */
const PRINTS = 30_000;

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Every text a report format holds: the file, or each file of the package. */
async function reportText(t: Awaited<ReturnType<typeof openTestApp>>, format: (typeof FORMATS)[number]): Promise<string> {
  const res = await t.api
    .get(`/api/reports?format=${format}&articleId=${DEMO_ID}&approved=all`)
    .set('Host', HOSTILE)
    .set('X-Forwarded-Host', HOSTILE)
    .set('X-Forwarded-Proto', 'https')
    .buffer(true)
    .parse(binary)
    .expect(200);
  const body = res.body as Buffer;
  if (format !== 'package') return body.toString('utf8');
  return Object.values(unzipSync(body)).map((bytes) => strFromU8(bytes)).join('\n');
}

/** The demo article with one approved claim; with a public base URL, the newsroom set up and the article published. */
async function openWithApprovedClaim(publicBaseUrl?: string) {
  const t = await openTestApp(undefined, { app: { publicBaseUrl } });
  if (publicBaseUrl) await setNewsroom(t.api, { publicBaseUrl });
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const claim: Claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 4, { verdict: 'disputed' })).expect(201)).body;
  await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200);
  if (publicBaseUrl) await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201);
  return { t, claim };
}

describe('reports without a public base URL', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => ({ t } = await openWithApprovedClaim()));
  afterAll(() => t.cleanup());

  it.each(FORMATS.filter((f) => !PUBLICATION_FORMATS.includes(f)))('a %s report asked for with a hostile Host header links nowhere on that host', async (format) => {
    const body = await reportText(t, format);
    expect(body).not.toContain(HOSTILE);
    expect(body).not.toMatch(/https?:\/\/(127\.0\.0\.1|localhost)/);
  }, PRINTS);

  it.each(PUBLICATION_FORMATS)('refuses a %s export, naming the field, while the newsroom has no name or public address', async (format) => {
    const refusal = async () => (await t.api.get(`/api/reports?format=${format}&articleId=${DEMO_ID}`).set('Host', HOSTILE).expect(409)).body;
    expect(await refusal()).toMatchObject({ error: { code: 'newsroom_not_ready', field: 'newsroomName', params: { reason: 'default_name' } } });
    await setNewsroom(t.api, { publicBaseUrl: null });
    expect(await refusal()).toMatchObject({ error: { code: 'newsroom_not_ready', field: 'publicBaseUrl', params: { reason: 'unset' } } });
    for (const loopback of ['http://localhost:3000', 'http://127.0.0.2', 'http://[::1]:8080', 'http://0.0.0.0', 'https://desk.localhost']) {
      await setNewsroom(t.api, { publicBaseUrl: loopback });
      expect(await refusal()).toMatchObject({ error: { code: 'newsroom_not_ready', field: 'publicBaseUrl', params: { reason: 'loopback' } } });
    }
    await setNewsroom(t.api, { newsroomName: 'Claimdesk newsroom', publicBaseUrl: null });
  });
});

describe('reports with PUBLIC_BASE_URL set', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let claim: Claim;
  beforeAll(async () => ({ t, claim } = await openWithApprovedClaim('https://claims.example.org')));
  afterAll(() => t.cleanup());

  // The JSON export carries ids, not links; ClaimReview links to public pages only (below).
  it.each(FORMATS.filter((f) => f !== 'json' && f !== 'claimreview'))('a %s report links on the configured base, whatever the Host header says', async (format) => {
    const body = await reportText(t, format);
    expect(body).not.toContain(HOSTILE);
    expect(body).toContain(`https://claims.example.org/articles/${DEMO_ID}`);
  }, PRINTS);

  it('gives the ClaimReview the url of the claim on its public page, on the public base URL, never the workbench', async () => {
    const text = await reportText(t, 'claimreview');
    expect(text).not.toContain(HOSTILE);
    expect(text).not.toContain('/articles/');
    const reviews = JSON.parse(text)['@graph'];
    expect(reviews.map((r: { url?: string }) => r.url)).toEqual([`https://claims.example.org/v/${DEMO_ID}#claim-1`]);
    expect(claim.articleId).toBe(DEMO_ID);
  });
});
