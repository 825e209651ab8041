// What the API acknowledged is what a new app on the same data folder gives back, exactly.
import { afterAll, describe, expect, it } from 'vitest';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, makeDataDir, openTestApp, type Agent } from '../support/test-app.ts';
import { rm } from 'node:fs/promises';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function snapshot(api: Agent) {
  const [sources, articles, claims] = await Promise.all(
    ['/api/sources', '/api/articles', '/api/claims'].map((url) => api.get(url).expect(200)),
  );
  const details = await Promise.all(articles!.body.map((a: { id: string }) => api.get(`/api/articles/${a.id}`)));
  return { sources: sources!.body, articles: articles!.body, claims: claims!.body, details: details.map((d) => d.body) };
}

describe('a restart', () => {
  it('gives back every source, article and claim deep-equal', async () => {
    const dir = await makeDataDir();
    dirs.push(dir);
    const first = await openTestApp(dir);
    const demo = (await first.api.get(`/api/articles/${DEMO_ID}`)).body.text as string;
    const start = demo.indexOf('بوقف القتال');
    const end = demo.indexOf('والأسرى') + 'والأسرى'.length;
    const created = await first.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, start, end)).expect(201);
    await first.api
      .patch(`/api/claims/${created.body.id}`)
      .send({ version: 1, verdict: 'disputed', note: 'ملاحظة: لم يرد في بيان الكرملين', evidence: [{ url: 'https://kremlin.ru/', title: 'الكرملين' }] })
      .expect(200);
    await first.api.post('/api/sources').send({ name: 'TASS', aliases: ['ТАСС', 'تاس'] }).expect(201);
    const fr = await first.api
      .post('/api/articles')
      .send(buildArticleBody({ text: '« Nous sommes prêts », a déclaré M. Pachinian.', language: 'fr', title: 'Pachinian' }))
      .expect(201);
    await first.api.post(`/api/articles/${fr.body.id}/claims`).send(buildClaimBody(fr.body.text, 0, 20, { sourceId: 'armenian-government', verdict: 'corroborated' })).expect(201);
    const before = await snapshot(first.api);

    const second = await openTestApp(dir);
    expect(await snapshot(second.api)).toEqual(before);
    expect(before.claims).toHaveLength(2);
    expect(before.claims.map((c: { quote: { exact: string } }) => c.quote.exact)).toContain(demo.slice(start, end));
  });
});
