// HTML intake off the event loop (issue 13, finding 6): pages are measured and read in a worker thread; a page too
// deep, too large in elements, too slow or too hungry to read is refused with a 422 that says which, and the next
// page is read by a fresh worker.
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../../server/errors.ts';
import { extractHtml } from '../../server/intake/extract-html.ts';
import { createHtmlExtractor } from '../../server/intake/html-extractor.ts';

const page = `<html lang="en"><head><title>Truce talk</title></head><body><article><h1>Truce talk</h1>
<p>${'The Kremlin said on Friday that talks on a truce would begin next week in Moscow. '.repeat(4)}</p>
<p>${'Officials in Baku denied that any date had been agreed, and said the fighting went on. '.repeat(4)}</p></article></body></html>`;
const small = '<p>Short <i>note</i>.</p>';
const tower = (depth: number) => '<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth);
/** Just within the element bound, and slow to read: seconds of jsdom and Readability on any machine. */
const manyParagraphs = '<p>Some words of a paragraph here.</p>\n'.repeat(LIMITS.htmlElements - 10);

/** The refusal `promise` ends with (it must end with one). */
async function refusalOf(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

// A worker loads tsx and jsdom before its first page: seconds on a busy machine.
describe('the HTML extractor', { timeout: 60_000 }, () => {
  const extractor = createHtmlExtractor();
  afterAll(() => extractor.close());

  it('reads a page in its worker as extractHtml does on the calling thread', async () => {
    expect(await extractor.extract(page, 'https://example.org/truce')).toEqual(extractHtml(page, 'https://example.org/truce'));
  });

  it('reads a page nested exactly as deep as the limit', async () => {
    expect((await extractor.extract(tower(LIMITS.htmlDepth))).text).toBe('x');
  });

  it('refuses a page nested one level deeper with a 422 html_too_deep that names the limit', async () => {
    const error = await refusalOf(extractor.extract(tower(LIMITS.htmlDepth + 1)));
    expect(error).toMatchObject({ status: 422, code: 'html_too_deep', field: 'html', extra: { params: { maximum: LIMITS.htmlDepth } } });
    expect(error.message).toBe(`The page nests its elements more than ${LIMITS.htmlDepth} levels deep`);
  });

  it('refuses a page of more elements than the limit with a 422 html_too_complex', async () => {
    const error = await refusalOf(extractor.extract('<span>x</span>'.repeat(LIMITS.htmlElements + 1)));
    expect(error).toMatchObject({ status: 422, code: 'html_too_complex', field: 'html', extra: { params: { cause: 'elements' } } });
    expect(error.message).toBe(`The page is too complex: it holds more than ${LIMITS.htmlElements} elements`);
  });

  it('refuses a page it cannot read in time, then reads the next one with a fresh worker', async () => {
    const hurried = createHtmlExtractor({ timeoutMs: 1000 });
    try {
      const slow = hurried.extract(manyParagraphs);
      const next = hurried.extract(small);
      const error = await refusalOf(slow);
      expect(error).toMatchObject({ status: 422, code: 'html_too_complex', extra: { params: { cause: 'time' } } });
      expect(error.message).toBe('The page is too complex: it took longer than 1 s to read');
      expect((await next).text).toBe('Short note.');
    } finally {
      await hurried.close();
    }
  });

  it('refuses a page that needs more memory than the worker has, then reads the next one', async () => {
    const frugal = createHtmlExtractor({ memoryMb: 48, timeoutMs: 120_000 });
    try {
      const hungry = frugal.extract(manyParagraphs);
      const next = frugal.extract(small);
      const error = await refusalOf(hungry);
      expect(error).toMatchObject({ status: 422, code: 'html_too_complex', extra: { params: { cause: 'memory' } } });
      expect((await next).text).toBe('Short note.');
    } finally {
      await frugal.close();
    }
  });
});
