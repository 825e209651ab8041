// Every refusal carries `params`, the values its message names, so the client can say it in the user's language by
// `code`: the zod issue of a refused field and its values, or the reason a schema or the server gave in words of its
// own; what was not found; the name, title or count a conflict is about. The English message stays as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LIMITS } from '../../domain/limits.ts';
import { REFUSAL_MESSAGES, refusalReason } from '../../domain/refusals.ts';
import { ErrorBodySchema } from '../../domain/schemas.ts';
import { issueParams } from '../../server/refusal-params.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let demo: string;
let claim: { id: string; version: number };

beforeAll(async () => {
  t = await openTestApp();
  demo = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, 0, 4)).expect(201)).body;
});
afterAll(() => t.cleanup());

interface Case {
  name: string;
  send: () => PromiseLike<{ status: number; body: unknown }>;
  status: number;
  code: string;
  field?: string;
  /** The English message, unchanged (a function for one that names a value known only once the app runs). */
  message: string | RegExp | (() => string);
  params: Record<string, string | number | boolean>;
}

const claimsUrl = () => `/api/articles/${DEMO_ID}/claims`;
const claimWith = (overrides: object) => ({ ...buildClaimBody(demo, 0, 4), ...overrides });

const cases: Case[] = [
  {
    name: 'a note over the limit: the zod issue and its values',
    send: () => t.api.post(claimsUrl()).send(claimWith({ note: 'x'.repeat(LIMITS.note + 1) })),
    status: 400,
    code: 'invalid_request',
    field: 'note',
    message: `note: Too big: expected string to have <=${LIMITS.note} characters`,
    params: { issue: 'too_big', origin: 'string', maximum: LIMITS.note, inclusive: true },
  },
  {
    name: 'a verdict the rating scale lacks',
    send: () => t.api.post(claimsUrl()).send(claimWith({ verdict: 'false' })),
    status: 400,
    code: 'invalid_request',
    field: 'verdict',
    message: 'verdict: The rating scale has no verdict "false"',
    params: { reason: 'unknown_verdict' },
  },
  {
    name: 'an unknown field',
    send: () => t.api.post(claimsUrl()).send(claimWith({ colour: 'red' })),
    status: 400,
    code: 'invalid_request',
    field: 'colour',
    message: 'colour: is not a known field',
    params: { reason: 'unknown_field' },
  },
  {
    name: 'a __proto__ key',
    send: () => t.api.post(claimsUrl()).set('Content-Type', 'application/json').send('{"start":0,"__proto__":{"admin":true}}'),
    status: 400,
    code: 'invalid_request',
    field: '__proto__',
    message: '__proto__: is not an allowed key',
    params: { reason: 'forbidden_key' },
  },
  {
    name: 'an unknown source',
    send: () => t.api.post(claimsUrl()).send(claimWith({ sourceId: 'tass' })),
    status: 400,
    code: 'invalid_request',
    field: 'sourceId',
    message: 'sourceId: no source with id "tass"',
    params: { reason: 'unknown_source' },
  },
  {
    name: 'quoted words that are not at the range',
    send: () => t.api.post(claimsUrl()).send(claimWith({ exact: 'xxxx' })),
    status: 400,
    code: 'invalid_request',
    field: 'exact',
    message: 'exact: does not equal the article text at [start, end)',
    params: { reason: 'anchor_mismatch' },
  },
  {
    name: 'a range past the text',
    send: () => t.api.post(claimsUrl()).send(claimWith({ end: demo.length + 1 })),
    status: 400,
    code: 'invalid_request',
    field: 'end',
    message: () => `end: must be at most the text length (${demo.length})`,
    params: { reason: 'anchor_out_of_range' },
  },
  {
    name: 'an article language that is not a tag: a schema’s own words give the reason, with the issue',
    send: () => t.api.post('/api/articles').send(buildArticleBody({ language: 'Arabic' })),
    status: 400,
    code: 'invalid_request',
    field: 'language',
    message: 'language: must be a language tag such as "ar", "en" or "fr"',
    params: { reason: 'language_tag', issue: 'invalid_format', origin: 'string', format: 'regex', pattern: '/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/' },
  },
  {
    name: 'a record key that is not a language tag: the reason of the key',
    send: () => t.api.post('/api/sources').send({ name: 'TASS', names: { Russian: 'ТАСС' } }),
    status: 400,
    code: 'invalid_request',
    field: 'names.Russian',
    message: 'names.Russian: Invalid key in record',
    params: { reason: 'language_tag', issue: 'invalid_format', origin: 'string', format: 'regex', pattern: '/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/' },
  },
  {
    name: 'a username with capitals',
    send: () => t.api.post('/api/users').send({ username: 'Leila', displayName: 'Leila', password: 'correct horse battery', role: 'factchecker' }),
    status: 400,
    code: 'invalid_request',
    field: 'username',
    message: 'username: may hold only lowercase letters, digits, ".", "_" and "-"',
    params: { reason: 'username_characters', issue: 'invalid_format', origin: 'string', format: 'regex', pattern: '/^[a-z0-9._-]+$/' },
  },
  {
    name: 'a claim sent back without a comment',
    send: () => t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'return', version: claim.version }),
    status: 400,
    code: 'invalid_request',
    field: 'comment',
    message: 'comment: say why the claim is sent back',
    params: { reason: 'return_needs_comment', issue: 'custom' },
  },
  {
    name: 'a suggestion at fault, named by its index with the reason kept',
    send: () =>
      t.api.post(`/api/articles/${DEMO_ID}/suggestions/accept`).send({ suggestions: [{ key: 'k', start: 0, end: 4, exact: 'xxxx', sourceId: 'kremlin' }] }),
    status: 400,
    code: 'invalid_request',
    field: 'suggestions.0.exact',
    message: 'suggestions.0.exact: does not equal the article text at [start, end)',
    params: { reason: 'anchor_mismatch' },
  },
  {
    name: 'an unknown article',
    send: () => t.api.get('/api/articles/nope'),
    status: 404,
    code: 'not_found',
    field: 'id',
    message: 'No article with id "nope"',
    params: { kind: 'article' },
  },
  {
    name: 'an unknown claim',
    send: () => t.api.get('/api/claims/nope'),
    status: 404,
    code: 'not_found',
    field: 'id',
    message: 'No claim with id "nope"',
    params: { kind: 'claim' },
  },
  {
    name: 'an unknown API route',
    send: () => t.api.get('/api/nowhere'),
    status: 404,
    code: 'not_found',
    message: 'No API route for GET /api/nowhere',
    params: { kind: 'route' },
  },
  {
    name: 'a source name already taken',
    send: () => t.api.post('/api/sources').send({ name: 'kremlin' }),
    status: 409,
    code: 'duplicate_source',
    field: 'name',
    message: 'A source named "kremlin" already exists',
    params: { name: 'kremlin' },
  },
  {
    name: 'a source still in use',
    send: () => t.api.delete('/api/sources/kremlin'),
    status: 409,
    code: 'source_in_use',
    field: 'moveClaimsTo',
    message: 'This source is used by 1 claim(s); say which source takes them (moveClaimsTo)',
    params: { count: 1 },
  },
  {
    name: 'the same text twice',
    send: () => t.api.post('/api/articles').send(buildArticleBody({ text: demo })),
    status: 409,
    code: 'duplicate_article',
    field: 'text',
    message: /^This text was already added as ".+"$/,
    params: { title: expect.any(String) as unknown as string },
  },
  {
    name: 'a new text for an article with claims',
    send: () => t.api.patch(`/api/articles/${DEMO_ID}`).send({ text: `${demo} More.` }),
    status: 409,
    code: 'article_has_claims',
    field: 'text',
    message: 'The text cannot change: 1 claim(s) point into it',
    params: { count: 1 },
  },
  {
    name: 'a username already taken',
    send: () => t.api.post('/api/users').send({ username: 'editor', displayName: 'E', password: 'correct horse battery', role: 'editor' }),
    status: 409,
    code: 'duplicate_username',
    field: 'username',
    message: 'The username "editor" is taken',
    params: { username: 'editor' },
  },
];

describe('error params', () => {
  it.each(cases)('$name', async (c) => {
    const res = await c.send();
    expect(res.status).toBe(c.status);
    expect(ErrorBodySchema.safeParse(res.body).success).toBe(true);
    const { error } = ErrorBodySchema.parse(res.body);
    expect(error.code).toBe(c.code);
    expect(error.field).toBe(c.field);
    if (c.message instanceof RegExp) expect(error.message).toMatch(c.message);
    else expect(error.message).toBe(typeof c.message === 'function' ? c.message() : c.message);
    expect(error.params).toEqual(c.params);
  });

  it('names the version a claim is now at, in a version conflict', async () => {
    const fresh = (await t.api.post(claimsUrl()).send(buildClaimBody(demo, 10, 14)).expect(201)).body;
    await t.api.patch(`/api/claims/${fresh.id}`).send({ version: 1, verdict: 'disputed' }).expect(200);
    const res = await t.api.patch(`/api/claims/${fresh.id}`).send({ version: 1, note: 'late' }).expect(409);
    expect(res.body.error).toMatchObject({
      code: 'version_conflict',
      field: 'version',
      message: 'This claim was changed by someone else (now version 2; you edited version 1)',
      params: { version: 2 },
      current: { id: fresh.id, version: 2 },
    });
    const review = await t.api.post(`/api/claims/${fresh.id}/review`).send({ decision: 'approve', version: 1 }).expect(409);
    expect(review.body.error).toMatchObject({
      message: 'This claim changed while you reviewed it (now version 2)',
      params: { version: 2 },
    });
  });
});

describe('refusal reasons', () => {
  it('words each reason differently, so a message tells its reason', () => {
    const messages = Object.values(REFUSAL_MESSAGES);
    expect(new Set(messages).size).toBe(messages.length);
    for (const [reason, message] of Object.entries(REFUSAL_MESSAGES)) expect(refusalReason(message)).toBe(reason);
  });

  const paramsOf = (schema: z.ZodType, value: unknown) => issueParams(schema.safeParse(value).error!.issues[0]!);

  it('gives the generic reason for words a schema wrote without taking them from the table', () => {
    expect(paramsOf(z.string().regex(/^x$/, 'must be x'), 'y')).toEqual({ issue: 'invalid_format', origin: 'string', format: 'regex', pattern: '/^x$/', reason: 'generic' });
    expect(paramsOf(z.string().refine(() => false, 'nope'), 'y')).toEqual({ issue: 'custom', reason: 'generic' });
  });

  it('gives no reason where zod worded the issue, so the client says it in zod’s words for its language', () => {
    expect(paramsOf(z.string().min(2), 'y')).toEqual({ issue: 'too_small', origin: 'string', minimum: 2, inclusive: true });
    expect(paramsOf(z.number(), 'y')).toEqual({ issue: 'invalid_type', expected: 'number' });
    expect(paramsOf(z.string().refine(() => false), 'y')).toEqual({ issue: 'custom' });
    expect(paramsOf(z.strictObject({}), { a: 1, b: 2 })).toEqual({ issue: 'unrecognized_keys', keys: 'a,b' });
  });
});
