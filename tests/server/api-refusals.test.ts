// Every bad request is refused with the error shape, naming the field, and leaves the store file byte-for-byte unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let demo: string;
let emojiArticle: { id: string; text: string };
let claimId: string;

beforeAll(async () => {
  t = await openTestApp();
  demo = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const res = await t.api
    .post('/api/articles')
    .send(buildArticleBody({ text: 'Crowds cheered 🎉 as the Kremlin spoke.', title: 'Emoji' }))
    .expect(201);
  emojiArticle = res.body;
  const claim = await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, 0, 4)).expect(201);
  claimId = claim.body.id;
});
afterAll(() => t.cleanup());

interface Case {
  name: string;
  method: 'post' | 'patch' | 'delete' | 'get';
  url: () => string;
  body?: () => unknown;
  raw?: { type: string; data: string };
  status: number;
  code: string;
  field?: string;
}

const claimsUrl = () => `/api/articles/${DEMO_ID}/claims`;
const claim = (start: number, end: number, overrides = {}) => () => buildClaimBody(demo, start, end, overrides);

const cases: Case[] = [
  { name: 'a claim whose start is past the text', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), start: demo.length + 1, end: demo.length + 5 }), status: 400, code: 'invalid_request', field: 'start' },
  { name: 'a claim whose end is past the text', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), end: demo.length + 1 }), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'an empty claim range', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), start: 4, end: 4 }), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'a claim whose end is before its start', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), start: 10, end: 4 }), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'a claim whose exact differs from the text', method: 'post', url: claimsUrl, body: claim(0, 4, { exact: 'قال ' }), status: 400, code: 'invalid_request', field: 'exact' },
  { name: 'a negative start', method: 'post', url: claimsUrl, body: claim(0, 4, { start: -1 }), status: 400, code: 'invalid_request', field: 'start' },
  { name: 'a fractional end', method: 'post', url: claimsUrl, body: claim(0, 4, { end: 4.5 }), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'a start given as a string', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), start: '0' }), status: 400, code: 'invalid_request', field: 'start' },
  { name: 'a claim with no source', method: 'post', url: claimsUrl, body: () => { const { sourceId: _drop, ...rest } = buildClaimBody(demo, 0, 4); return rest; }, status: 400, code: 'invalid_request', field: 'sourceId' },
  { name: 'a claim with an unknown source', method: 'post', url: claimsUrl, body: claim(0, 4, { sourceId: 'tass' }), status: 400, code: 'invalid_request', field: 'sourceId' },
  { name: 'an unknown verdict', method: 'post', url: claimsUrl, body: () => ({ ...buildClaimBody(demo, 0, 4), verdict: 'false' }), status: 400, code: 'invalid_request', field: 'verdict' },
  { name: 'a javascript: evidence link', method: 'post', url: claimsUrl, body: claim(0, 4, { evidence: [{ url: 'javascript:alert(1)' }] }), status: 400, code: 'invalid_request', field: 'evidence.0.url' },
  { name: 'too many evidence links', method: 'post', url: claimsUrl, body: claim(0, 4, { evidence: Array.from({ length: LIMITS.evidenceItems + 1 }, (_, i) => ({ url: `https://e.org/${i}` })) }), status: 400, code: 'invalid_request', field: 'evidence' },
  { name: 'a note with a lone surrogate', method: 'post', url: claimsUrl, body: claim(0, 4, { note: 'bad \ud800 text' }), status: 400, code: 'invalid_request', field: 'note' },
  { name: 'a note over the limit', method: 'post', url: claimsUrl, body: claim(0, 4, { note: 'x'.repeat(LIMITS.note + 1) }), status: 400, code: 'invalid_request', field: 'note' },
  { name: 'an unknown field', method: 'post', url: claimsUrl, body: claim(0, 4, { colour: 'red' }), status: 400, code: 'invalid_request', field: 'colour' },
  { name: 'a __proto__ key', method: 'post', url: claimsUrl, raw: { type: 'application/json', data: '{"start":0,"end":4,"exact":"قالت","sourceId":"kremlin","__proto__":{"admin":true}}' }, status: 400, code: 'invalid_request', field: '__proto__' },
  { name: 'an array for a body', method: 'post', url: claimsUrl, body: () => [1, 2], status: 400, code: 'invalid_request', field: 'body' },
  { name: 'a claim on an unknown article', method: 'post', url: () => '/api/articles/nope/claims', body: claim(0, 4), status: 404, code: 'not_found', field: 'id' },
  { name: 'a range that splits a surrogate pair at its start', method: 'post', url: () => `/api/articles/${emojiArticle.id}/claims`, body: () => buildClaimBody(emojiArticle.text, emojiArticle.text.indexOf('🎉') + 1, emojiArticle.text.length), status: 400, code: 'invalid_request', field: 'start' },
  { name: 'a range that splits a surrogate pair at its end', method: 'post', url: () => `/api/articles/${emojiArticle.id}/claims`, body: () => buildClaimBody(emojiArticle.text, 0, emojiArticle.text.indexOf('🎉') + 1), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'invalid JSON', method: 'post', url: claimsUrl, raw: { type: 'application/json', data: '{"start": 0,' }, status: 400, code: 'invalid_json', field: 'body' },
  { name: 'a body that is not JSON', method: 'post', url: claimsUrl, raw: { type: 'text/plain', data: 'start=0' }, status: 415, code: 'unsupported_media_type', field: 'body' },
  { name: 'a form-encoded body', method: 'post', url: () => '/api/sources', raw: { type: 'application/x-www-form-urlencoded', data: 'name=x' }, status: 415, code: 'unsupported_media_type', field: 'body' },
  { name: 'a body over the size limit', method: 'post', url: () => '/api/articles', raw: { type: 'application/json', data: JSON.stringify({ text: 'x'.repeat(LIMITS.bodyBytes) }) }, status: 413, code: 'payload_too_large', field: 'body' },
  { name: 'a patch without a version', method: 'patch', url: () => `/api/claims/${claimId}`, body: () => ({ verdict: 'disputed' }), status: 400, code: 'invalid_request', field: 'version' },
  { name: 'a patch moving only the start', method: 'patch', url: () => `/api/claims/${claimId}`, body: () => ({ version: 1, start: 1 }), status: 400, code: 'invalid_request', field: 'end' },
  { name: 'a patch with a wrong exact', method: 'patch', url: () => `/api/claims/${claimId}`, body: () => ({ version: 1, start: 0, end: 4, exact: 'xxxx' }), status: 400, code: 'invalid_request', field: 'exact' },
  { name: 'a patch of an unknown claim', method: 'patch', url: () => '/api/claims/nope', body: () => ({ version: 1 }), status: 404, code: 'not_found', field: 'id' },
  { name: 'an article with empty text', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ text: '' }), status: 400, code: 'invalid_request', field: 'text' },
  { name: 'an article with only whitespace', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ text: ' \r\n\t ' }), status: 400, code: 'invalid_request', field: 'text' },
  { name: 'an article over the text limit', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ text: 'x'.repeat(LIMITS.articleText + 1) }), status: 400, code: 'invalid_request', field: 'text' },
  { name: 'an article with no title', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ title: '  ' }), status: 400, code: 'invalid_request', field: 'title' },
  { name: 'an article language that is not a tag', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ language: 'Arabic' }), status: 400, code: 'invalid_request', field: 'language' },
  { name: 'an unknown direction', method: 'post', url: () => '/api/articles', body: () => ({ ...buildArticleBody(), direction: 'up' }), status: 400, code: 'invalid_request', field: 'direction' },
  { name: 'a date in another format', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ publishedAt: '09/10/2020' }), status: 400, code: 'invalid_request', field: 'publishedAt' },
  { name: 'an ftp article URL', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ url: 'ftp://example.org/a' }), status: 400, code: 'invalid_request', field: 'url' },
  { name: 'the same text twice', method: 'post', url: () => '/api/articles', body: () => buildArticleBody({ text: `${demo}\r\n` }), status: 409, code: 'duplicate_article', field: 'text' },
  { name: 'a source with an empty name', method: 'post', url: () => '/api/sources', body: () => ({ name: ' ' }), status: 400, code: 'invalid_request', field: 'name' },
  { name: 'a source name already taken', method: 'post', url: () => '/api/sources', body: () => ({ name: 'kremlin' }), status: 409, code: 'duplicate_source', field: 'name' },
  { name: 'a source with a bad language key', method: 'post', url: () => '/api/sources', body: () => ({ name: 'TASS', names: { __proto__: 'x', Russian: 'ТАСС' } }), status: 400, code: 'invalid_request', field: 'names.Russian' },
];

describe('refused requests', () => {
  it.each(cases)('refuses $name with $status $code', async (c) => {
    const before = await t.readStoreFile();
    let req = t.api[c.method](c.url());
    if (c.raw) req = req.set('Content-Type', c.raw.type).send(c.raw.data);
    else if (c.body) req = req.send(c.body() as object);
    const res = await req;
    expect(res.status).toBe(c.status);
    expect(res.body.error.code).toBe(c.code);
    if (c.field) expect(res.body.error.field).toBe(c.field);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('tells the existing article on a duplicate text', async () => {
    const res = await t.api.post('/api/articles').send(buildArticleBody({ text: demo })).expect(409);
    expect(res.body.error.articleId).toBe(DEMO_ID);
  });
});
