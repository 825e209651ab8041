// The PostgreSQL connection string's password never shows: redaction of every form libpq accepts, and the errors
// met while connecting.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { connectionError, openDatabase, redactConnectionString } from '../../server/store/postgres/connection.ts';

const SECRET = 'S3cr%40t-pw';
const DECODED = 'S3cr@t-pw';

describe('redactConnectionString', () => {
  it.each([
    ['a URL with user and password', `postgres://app:${SECRET}@db.example:5432/claimdesk`, 'postgres://app:***@db.example:5432/claimdesk'],
    ['a postgresql: URL', `postgresql://app:${SECRET}@db/claimdesk?sslmode=require`, 'postgresql://app:***@db/claimdesk?sslmode=require'],
    ['a password as a query parameter', `postgres://db/claimdesk?user=app&password=${SECRET}`, 'postgres://db/claimdesk?user=app&password=***'],
    ['libpq key/value pairs', `host=db user=app password=${DECODED} dbname=claimdesk`, 'host=db user=app password=*** dbname=claimdesk'],
    ['a quoted key/value password', `host=db password='${DECODED} x' dbname=claimdesk`, 'host=db password=*** dbname=claimdesk'],
    ['a URL that does not parse', `postgres://app:${SECRET}@[db/claimdesk`, 'postgres://*** (unparseable)'],
  ])('hides the password of %s', (_name, input, expected) => {
    const redacted = redactConnectionString(input);
    expect(redacted).toBe(expected);
    expect(redacted).not.toContain(SECRET);
    expect(redacted).not.toContain(DECODED);
  });

  it('leaves a connection string without a password as it is', () => {
    expect(redactConnectionString('postgres://postgres@127.0.0.1:5432/claimdesk')).toBe('postgres://postgres@127.0.0.1:5432/claimdesk');
  });
});

describe('connection errors', () => {
  it('rewrites an error quoting the connection string, keeping its code but no cause', () => {
    const url = `postgres://app:${SECRET}@db/claimdesk`;
    const raw = Object.assign(new TypeError(`Invalid URL: ${url} (password ${DECODED})`), { code: 'ERR_INVALID_URL', input: url });
    const error = connectionError(raw, url);
    expect(error.message).toContain('postgres://app:***@db/claimdesk');
    expect(error.code).toBe('ERR_INVALID_URL');
    for (const secret of [SECRET, DECODED]) expect(inspect(error, { depth: 5 })).not.toContain(secret);
  });

  it.each([
    ['an address where nothing listens', `postgres://app:${SECRET}@127.0.0.1:1/claimdesk`, /ECONNREFUSED/],
    ['a connection string that does not parse', `postgres://app:${SECRET}@[db/claimdesk`, /Invalid URL/],
  ])('says why a query fails on %s without the password', async (_name, url, reason) => {
    const db = openDatabase(url, { connectionTimeoutMillis: 2_000 });
    try {
      const error: unknown = await sql`select 1`.execute(db).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(reason);
      for (const secret of [SECRET, DECODED]) expect(inspect(error, { depth: 5 })).not.toContain(secret);
    } finally {
      await db.destroy();
    }
  });
});
