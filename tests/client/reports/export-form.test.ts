// The export screen's form read from and written back to the URL, the scope it covers, and the server's
// Content-Disposition and Retry-After read for a download.
import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from '../../../client/src/features/reports/content-disposition.ts';
import {
  approvedOnly,
  exportSearch,
  readExportForm,
  reportParams,
  scopeChosen,
  scopeQuery,
} from '../../../client/src/features/reports/export-form.ts';
import { isTooManyExports, retryAfterMs, wait } from '../../../client/src/features/reports/api/retry-after.ts';
import { ApiError } from '../../../client/src/lib/api-client.ts';

describe('the export form in the URL', () => {
  it('opens on one article when only an article is named, and HTML by default', () => {
    const form = readExportForm('articleId=article-1');
    expect(form).toMatchObject({ scope: 'article', format: 'html', approved: null, lang: null });
    expect(form.filters.articleId).toBe('article-1');
  });

  it('opens on the queue’s scope when a queue view’s filters come along, dropping values the API would refuse', () => {
    const form = readExportForm('verdict=disputed&from=not-a-day&format=csv&approved=all&lang=ar');
    expect(form).toMatchObject({ scope: 'queue', format: 'csv', approved: 'all', lang: 'ar' });
    expect(form.filters).toMatchObject({ verdict: 'disputed', from: '' });
    expect(readExportForm('scope=queue&format=exe&approved=maybe&lang=xx')).toMatchObject({ scope: 'queue', format: 'html', approved: null, lang: null });
  });

  it('writes the form back so that it reads the same', () => {
    for (const search of ['scope=article&articleId=a-1', 'scope=queue&verdict=corroborated&review=approved&format=csv&approved=only&lang=fr']) {
      const form = readExportForm(search);
      expect(exportSearch(form)).toBe(search);
      expect(readExportForm(exportSearch(form))).toEqual(form);
    }
  });

  it('covers one article or the queue’s filters, and needs its article when scoped to one', () => {
    const article = readExportForm('scope=article&verdict=disputed&articleId=a-1');
    expect(scopeQuery(article)).toEqual({ articleId: 'a-1' });
    expect(scopeQuery({ ...article, scope: 'queue' })).toEqual({ verdict: 'disputed', articleId: 'a-1' });
    expect(scopeChosen(article)).toBe(true);
    expect(scopeChosen(readExportForm('scope=article'))).toBe(false);
    expect(scopeQuery(readExportForm('scope=article'))).toEqual({});
    expect(scopeChosen(readExportForm('scope=queue'))).toBe(true);
  });

  it('spells out the approved rule and the language: publication formats take approved claims unless told', () => {
    const html = readExportForm('scope=queue&verdict=disputed');
    expect(approvedOnly(html)).toBe(false);
    expect(reportParams(html, 'ar')).toEqual({ verdict: 'disputed', format: 'html', approved: 'all', lang: 'ar' });
    const claimReview = readExportForm('scope=queue&format=claimreview');
    expect(approvedOnly(claimReview)).toBe(true);
    expect(reportParams({ ...claimReview, approved: 'all', lang: 'fr' }, 'en')).toMatchObject({ approved: 'all', lang: 'fr' });
  });
});

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, so an Arabic title survives', () => {
    const header = `attachment; filename="report.html"; filename*=UTF-8''${encodeURIComponent('تقرير باكو.html')}`;
    expect(fileNameFromDisposition(header)).toBe('تقرير باكو.html');
  });

  it('reads a quoted or bare name, unescapes it, and keeps it out of folders', () => {
    expect(fileNameFromDisposition('attachment; filename="a \\"b\\".csv"')).toBe('a "b".csv');
    expect(fileNameFromDisposition('attachment; filename=claims.csv')).toBe('claims.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('.._.._etc_passwd');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4; filename=plain.csv")).toBe('plain.csv');
  });

  it('is null without a header or a name', () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition('inline')).toBeNull();
  });
});

describe('retry after too many exports', () => {
  it('waits as long as the server asked, else 5 s', () => {
    const busy = new ApiError(429, 'too_many_exports', 'Busy', undefined, undefined, { retryAfter: 12 });
    expect(isTooManyExports(busy)).toBe(true);
    expect(retryAfterMs(busy)).toBe(12_000);
    expect(retryAfterMs(new ApiError(429, 'too_many_exports', 'Busy'))).toBe(5_000);
    expect(retryAfterMs(new ApiError(500, 'internal', 'Boom', undefined, undefined, { retryAfter: 12 }))).toBe(5_000);
    expect(isTooManyExports(new Error('429'))).toBe(false);
  });

  it('stops waiting as soon as the download is cancelled', async () => {
    const controller = new AbortController();
    const waiting = wait(60_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    await expect(wait(60_000, controller.signal)).rejects.toThrow('cancelled');
    await expect(wait(0)).resolves.toBeUndefined();
  });
});
