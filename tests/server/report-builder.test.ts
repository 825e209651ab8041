import { afterAll, describe, expect, it } from 'vitest';
import { createReportBuilder } from '../../server/reports/report-builder.ts';
import { buildReportInput, claimOn, demoArticle, QUOTES } from '../domain/reports/build-report-input.ts';

describe('createReportBuilder', () => {
  // Room for a small report, not for 50,000 claims (an HTML report of some 60 MB).
  const builder = createReportBuilder({ heapMb: 32 });
  afterAll(() => builder.close());
  const small = buildReportInput();
  const article = demoArticle();
  const claim = claimOn(article, QUOTES.kremlin, { note: 'a note long enough to weigh something. '.repeat(4) });
  const large = buildReportInput({ claims: Array.from({ length: 50_000 }, (_, i) => ({ ...claim, id: `c${i}` })) });

  it('fails a build that needs more memory than its worker may use with a 503, and builds the next one', async () => {
    expect(await builder.build({ kind: 'text', format: 'html', input: small })).toContain('<!DOCTYPE html>');
    await expect(builder.build({ kind: 'text', format: 'html', input: large })).rejects.toMatchObject({ status: 503, code: 'report_failed' });
    expect(await builder.build({ kind: 'text', format: 'html', input: small })).toContain('<!DOCTYPE html>');
  }, 120_000);
});
