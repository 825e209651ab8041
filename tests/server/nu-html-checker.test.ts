// Every HTML document the server writes passes the Nu Html Checker (the W3C's validator.w3.org/nu, run offline from
// vnu-jar) with no error and no warning: the public pages of a published and of a withdrawn fact-check, the public
// index and the 404 page, their stylesheet, the HTML report (an Arabic article in Arabic, an English one under a French template), and the app's shell.
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Claim } from '../../domain/schemas.ts';
import { nuCheck, type NuMessage } from '../support/nu-checker.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, setNewsroom } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
const documents: { name: string; text: string }[] = [];

const text = (res: request.Response): string => res.text ?? (res.body as Buffer).toString('utf8');

async function approvedClaim(articleId: string, start: number, end: number, verdict: string): Promise<void> {
  const article: { text: string } = (await t.api.get(`/api/articles/${articleId}`)).body;
  const made: Claim = (
    await t.api
      .post(`/api/articles/${articleId}/claims`)
      .send(buildClaimBody(article.text, start, end, { verdict, note: 'Checked against the ministry’s own statement.', evidence: [{ url: 'https://example.org/evidence' }] }))
      .expect(201)
  ).body;
  await t.api.post(`/api/claims/${made.id}/review`).send({ decision: 'approve', version: made.version }).expect(200);
}

beforeAll(async () => {
  t = await openTestApp();
  await setNewsroom(t.api);
  await approvedClaim(DEMO_ID, 0, 40, 'disputed');
  await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201);
  const english = (
    await t.api
      .post('/api/articles')
      .send(buildArticleBody({ title: 'Talks in Geneva', language: 'en', direction: 'ltr', text: 'The ministry said the talks would resume on Monday. "We are ready," the spokesman added.' }))
      .expect(201)
  ).body as { id: string };
  await approvedClaim(english.id, 0, 51, 'corroborated');
  await t.api.post(`/api/articles/${english.id}/publication`).send({}).expect(201);
  await t.api.post(`/api/articles/${english.id}/publication/withdrawal`).send({ reason: 'Published by mistake.' }).expect(200);

  documents.push(
    { name: 'public-page-ar.html', text: (await request(t.app).get(`/v/${DEMO_ID}`).expect(200)).text },
    { name: 'public-withdrawn.html', text: (await request(t.app).get(`/v/${english.id}`).expect(410)).text },
    { name: 'public-index.html', text: (await request(t.app).get('/v/').expect(200)).text },
    { name: 'public-not-found.html', text: (await request(t.app).get('/v/never-published').expect(404)).text },
    { name: 'public-page.css', text: (await request(t.app).get('/v/page.css').expect(200)).text },
    { name: 'report-ar.html', text: text(await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}&approved=all&lang=ar`).expect(200)) },
    { name: 'report-en-article-fr-template.html', text: text(await t.api.get(`/api/reports?format=html&articleId=${english.id}&approved=all&lang=fr`).expect(200)) },
    { name: 'app-shell.html', text: readFileSync('client/index.html', 'utf8') },
  );
});
afterAll(() => t.cleanup());

const shown = (messages: NuMessage[]) => messages.map((m) => `${m.document}:${m.lastLine ?? '?'} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);

it('finds no error and no warning in any of them', async () => {
  expect(documents.map((d) => d.text.length).every((n) => n > 0)).toBe(true);
  expect(shown(await nuCheck(documents))).toEqual([]);
});

it('is a checker that can fail: it reports a broken document', async () => {
  const broken = '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>block in a paragraph</p><img src="a.png"></body></html>';
  const messages = await nuCheck([{ name: 'broken.html', text: broken }]);
  expect(messages.filter((m) => m.type === 'error').length).toBeGreaterThanOrEqual(2);
  expect(messages.every((m) => m.document === 'broken.html')).toBe(true);
});
