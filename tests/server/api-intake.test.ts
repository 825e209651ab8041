// Bringing articles in: text or HTML, language detected, preview without saving, edits, delete and restore.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.cleanup());

const arabicHtml = `<html lang="ar"><head><title>بيان</title><script>steal()</script></head><body>
<article><h1>الكرملين يطالب بوقف القتال</h1><p>وطالب فلاديمير بوتين “بوقف القتال في ناغورني قره باغ لأسباب إنسانية” وفق بيان صادر عن الكرملين.</p>
<p>وقال باشينيان الجمعة إن بلاده مستعدة لاستئناف عملية السلام مع أذربيجان بشأن منطقة ناغورني قره باغ.</p></article></body></html>`;

describe('intake', () => {
  it('previews a pasted English text without storing it: detected language, direction and sentences', async () => {
    const before = await t.readStoreFile();
    const res = await t.api
      .post('/api/articles/preview')
      .send({ text: 'The Kremlin said on Friday that talks would start in Moscow.\r\nMr. Peskov told reporters: "We are ready. Talks start at noon."  ' })
      .expect(200);
    expect(res.body).toMatchObject({ language: 'en', direction: 'ltr', languageConfident: true, duplicateOf: null });
    expect(res.body.text).toBe('The Kremlin said on Friday that talks would start in Moscow.\nMr. Peskov told reporters: "We are ready. Talks start at noon."');
    expect(res.body.sentences.map((s: { text: string }) => s.text)).toEqual([
      'The Kremlin said on Friday that talks would start in Moscow.',
      'Mr. Peskov told reporters: "We are ready. Talks start at noon."',
    ]);
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('adds an Arabic HTML page as its article text, without the script, detected right to left', async () => {
    const res = await t.api.post('/api/articles').send({ html: arabicHtml, outlet: 'Test' }).expect(201);
    expect(res.body).toMatchObject({ language: 'ar', direction: 'rtl', title: 'بيان' });
    expect(res.body.text).toContain('وطالب فلاديمير بوتين “بوقف القتال');
    expect(res.body.text).not.toContain('steal');
    expect(res.body.text.split('\n')[0]).toBe('الكرملين يطالب بوقف القتال'); // the headline stays, as a line of its own
    expect(res.body.text.split('\n')).toHaveLength(3);
  }, 30_000); // the first page starts the HTML worker, which loads jsdom: seconds on a busy machine

  it('refuses the same text twice with a link to the existing article', async () => {
    const res = await t.api.post('/api/articles').send({ html: arabicHtml }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'duplicate_article', field: 'text' });
    expect(res.body.error.articleId).toEqual(expect.any(String));
    const preview = await t.api.post('/api/articles/preview').send({ html: arabicHtml }).expect(200);
    expect(preview.body.duplicateOf).toBe(res.body.error.articleId);
  });

  it.each([
    ['a binary file', { text: 'PK\u0003\u0004\u0000\u0000 binary', title: 'x' }, 'text', /binary/],
    ['HTML with no text', { html: '<html><body><script>only()</script></body></html>', title: 'x' }, 'html', /no article text/],
    ['both text and html', { text: 'a', html: '<p>a</p>', title: 'x' }, 'text', /either/],
    ['neither text nor html', { title: 'x' }, 'text', /either/],
    ['text without a title', { text: 'Some words.' }, 'title', /required/],
  ])('refuses %s, naming the field, storing nothing', async (_name, body, field, message) => {
    const before = await t.readStoreFile();
    const res = await t.api.post('/api/articles').send(body).expect(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.message).toMatch(message);
    expect(await t.readStoreFile()).toEqual(before);
  });
});

describe('editing and deleting articles', () => {
  let id: string;
  beforeAll(async () => {
    id = (await t.api.post('/api/articles').send(buildArticleBody({ text: 'Paris said so. Baku denied it.' })).expect(201)).body.id;
  });

  it('edits metadata and, while it has no claims, the text', async () => {
    const res = await t.api.patch(`/api/articles/${id}`).send({ title: 'New title', text: 'Paris said so.\r\nBaku denied it.' }).expect(200);
    expect(res.body).toMatchObject({ title: 'New title', text: 'Paris said so.\nBaku denied it.' });
  });

  it('refuses a text edit once a claim points into it, changing nothing', async () => {
    await t.api.post(`/api/articles/${id}/claims`).send(buildClaimBody('Paris said so.', 0, 5)).expect(201);
    const before = await t.readStoreFile();
    const res = await t.api.patch(`/api/articles/${id}`).send({ text: 'Something else.' }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'article_has_claims', field: 'text' });
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('deletes an article with its claims and restores both', async () => {
    await t.api.delete(`/api/articles/${id}`).expect(204);
    await t.api.get(`/api/articles/${id}`).expect(404);
    expect((await t.api.get('/api/claims')).body.some((c: { articleId: string }) => c.articleId === id)).toBe(false);
    expect((await t.api.get('/api/articles')).body.some((a: { id: string }) => a.id === id)).toBe(false);
    await t.api.post(`/api/articles/${id}/restore`).expect(200);
    const back = await t.api.get(`/api/articles/${id}`).expect(200);
    expect(back.body.claims).toHaveLength(1);
    await t.api.post(`/api/articles/${DEMO_ID}/restore`).expect(409);
  });
});
