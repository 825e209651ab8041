import { describe, expect, it } from 'vitest';
import { HttpError } from '../../server/errors.ts';
import { createExportLimiter } from '../../server/reports/export-limiter.ts';

/** The refusal `acquire` throws, or null when it gave a slot. */
function refusal(run: () => unknown): HttpError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

describe('createExportLimiter', () => {
  it('gives one slot per person and refuses the second with 429, naming the person limit', () => {
    const limiter = createExportLimiter({ perUser: 1, perServer: 3, retryAfterSeconds: 7 });
    limiter.acquire('ana');
    const refused = refusal(() => limiter.acquire('ana'));
    expect(refused).toMatchObject({ status: 429, code: 'too_many_exports', extra: { params: { kind: 'user', limit: 1, retryAfter: 7 } } });
    expect(limiter.running()).toBe(1);
  });

  it('refuses anyone past the server limit, naming it', () => {
    const limiter = createExportLimiter({ perUser: 1, perServer: 2 });
    limiter.acquire('ana');
    limiter.acquire('ben');
    expect(refusal(() => limiter.acquire('cyd'))).toMatchObject({ status: 429, extra: { params: { kind: 'server', limit: 2 } } });
  });

  it('gives the slot back on release, once however often release is called', () => {
    const limiter = createExportLimiter({ perUser: 1, perServer: 2 });
    const release = limiter.acquire('ana');
    limiter.acquire('ben');
    release();
    release();
    expect(limiter.running()).toBe(1);
    expect(refusal(() => limiter.acquire('ana'))).toBeNull();
    expect(refusal(() => limiter.acquire('cyd'))).toMatchObject({ status: 429 });
  });

  it('counts previews only against the server limit: a person previews while downloading', () => {
    const limiter = createExportLimiter({ perUser: 1, perServer: 3 });
    limiter.acquire('ana', 'download');
    expect(refusal(() => limiter.acquire('ana', 'preview'))).toBeNull();
    const release = limiter.acquire('ana', 'preview');
    expect(refusal(() => limiter.acquire('ana', 'preview'))).toMatchObject({ status: 429, extra: { params: { kind: 'server' } } });
    expect(limiter.running()).toBe(3);
    release();
    expect(limiter.running()).toBe(2);
  });

  it('counts several slots per person when the limit allows them', () => {
    const limiter = createExportLimiter({ perUser: 2, perServer: 5 });
    const first = limiter.acquire('ana');
    limiter.acquire('ana');
    expect(refusal(() => limiter.acquire('ana'))).toMatchObject({ extra: { params: { kind: 'user', limit: 2 } } });
    first();
    expect(refusal(() => limiter.acquire('ana'))).toBeNull();
  });
});
