// Deep JSON (issue 13, finding 5): a body nested past LIMITS.jsonDepth is refused with a 400 naming the body before it
// is parsed or walked, found by one pass over its characters that strings cannot fool.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { LIMITS } from '../../domain/limits.ts';
import { nestsDeeperThan } from '../../server/json-depth.ts';
import { openTestApp } from '../support/test-app.ts';

const arrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const objects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('nestsDeeperThan', () => {
  it('counts arrays and objects alike, up to the bound and one past it', () => {
    expect(nestsDeeperThan(arrays(3), 3)).toBe(false);
    expect(nestsDeeperThan(arrays(4), 3)).toBe(true);
    expect(nestsDeeperThan(objects(3), 3)).toBe(false);
    expect(nestsDeeperThan('[{"a":[{}]}]', 3)).toBe(true);
  });

  it('measures depth, not the count of brackets side by side', () => {
    expect(nestsDeeperThan(JSON.stringify(Array.from({ length: 1000 }, () => [[1]])), 3)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes and backslashes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ a: '[[[[{{{{', b: 'say \\"[[[[" and \\\\', c: '\\' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify(['\\', [['\\"']]]), 2)).toBe(true);
  });

  it('stops at the first level too many of half a million', () => {
    expect(nestsDeeperThan(arrays(500_000), LIMITS.jsonDepth)).toBe(true);
  });
});

describe('a deep JSON body', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp();
  });
  afterAll(() => t.cleanup());

  const refusal = {
    code: 'invalid_request',
    field: 'body',
    message: `body: nests arrays and objects more than ${LIMITS.jsonDepth} levels deep`,
    params: { reason: 'too_deep' },
  };

  it.each([
    ['arrays', arrays],
    ['objects', objects],
  ])('of %s one level past the limit is refused at sign-in, with no session', async (_kind, nest) => {
    const res = await request(t.app).post('/api/session').set('Content-Type', 'application/json').send(nest(LIMITS.jsonDepth + 1));
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual(refusal);
  });

  it('of fifty thousand [ is refused the same way (the body of the issue)', async () => {
    const res = await request(t.app).post('/api/session').set('Content-Type', 'application/json').send(arrays(50_000));
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual(refusal);
  });

  it('is refused in UTF-16 too, and a charset the server cannot decode gets 415', async () => {
    const utf16 = Buffer.from(objects(LIMITS.jsonDepth + 1), 'utf16le');
    // serialize: send the bytes as they are (superagent would write a Buffer out as JSON).
    const raw = (body: Buffer) => body as unknown as string;
    const deep = await request(t.app).post('/api/session').set('Content-Type', 'application/json; charset=utf-16le').serialize(raw).send(utf16);
    expect(deep.body.error).toEqual(refusal);
    const utf32 = await request(t.app).post('/api/session').set('Content-Type', 'application/json; charset=utf-32').serialize(raw).send(Buffer.from('{}'));
    expect(utf32.status).toBe(415);
    expect(utf32.body.error).toMatchObject({ code: 'unsupported_charset', field: 'body' });
  });

  it('at the limit goes on to the route, which judges its fields', async () => {
    const res = await t.api.post('/api/sources').set('Content-Type', 'application/json').send(`{"name":"Deep","aliases":${arrays(LIMITS.jsonDepth - 1)}}`);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('aliases.0');
  });
});
