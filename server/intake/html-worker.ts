// The worker thread that reads HTML pages (measure, then Readability on jsdom), so that no page, however large or
// contrived, blocks the server's event loop. Its owner (html-extractor.ts) bounds its time and memory.
import { parentPort } from 'node:worker_threads';
import { LIMITS } from '../../domain/limits.ts';
import { extractHtml, type ExtractedHtml } from './extract-html.ts';
import { measureHtml } from './measure-html.ts';

/** Why a page was not read, when it is the page's fault: too deep, too many elements, or a call stack overflowed. */
export type HtmlWorkerRefusal = 'depth' | 'elements' | 'stack';

export type HtmlWorkerRequest = { id: number; html: string; url: string | null };
export type HtmlWorkerAnswer =
  | { id: number; started: true }
  | { id: number; ok: true; result: ExtractedHtml }
  | { id: number; ok: false; refusal: HtmlWorkerRefusal }
  | { id: number; ok: false; message: string };

const isStackOverflow = (error: unknown) => error instanceof RangeError && /call stack/i.test(error.message);

parentPort!.on('message', ({ id, html, url }: HtmlWorkerRequest) => {
  const answer = (message: HtmlWorkerAnswer) => parentPort!.postMessage(message);
  answer({ id, started: true });
  const excess = measureHtml(html, { depth: LIMITS.htmlDepth, elements: LIMITS.htmlElements });
  if (excess) return answer({ id, ok: false, refusal: excess });
  try {
    answer({ id, ok: true, result: extractHtml(html, url) });
  } catch (error) {
    if (isStackOverflow(error)) answer({ id, ok: false, refusal: 'stack' });
    else answer({ id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
