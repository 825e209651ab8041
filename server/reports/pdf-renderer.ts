// Prints report HTML to a tagged PDF with an outline in headless Chromium (playwright-core), one browser launched on
// first use and shared.
// Scripts are off and every network request is refused: the report is self-contained. playwright-core is loaded with
// the first PDF: it holds about 70 MB that a server which never prints one should not carry (bench/idle-rss.ts).
import { access } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { HttpError } from '../errors.ts';
import { withAuthor } from './pdf-metadata.ts';

/** Debian's Chromium unless CHROMIUM_PATH names another; the flags every headless launch here uses. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Heap limit of Chromium's JavaScript engine, in MB. */
const PDF_JS_HEAP_MB = 256;
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Reports run no script, so the page's JavaScript heap stays small; the flag keeps it so (the layout of a report is
 * bounded by the claims per file, LIMITS.reportPartClaims).
 */
const PDF_ARGS = [...CHROMIUM_ARGS, `--js-flags=--max-old-space-size=${PDF_JS_HEAP_MB}`];

export interface PdfRenderer {
  /**
   * Prints `html`, with `info.author` in the PDF's document information; when `signal` aborts (the client went away),
   * the page is closed and the promise rejects.
   */
  render(html: string, signal?: AbortSignal, info?: { author?: string }): Promise<Buffer>;
  close(): Promise<void>;
}

export function createPdfRenderer(executablePath = CHROMIUM_PATH): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  const launch = async () => {
    try {
      await access(executablePath);
    } catch {
      throw new HttpError(
        503,
        'pdf_unavailable',
        `PDF export needs Chromium, which is not installed at ${executablePath}: install Debian's "chromium" package or set CHROMIUM_PATH. The HTML report prints to PDF from any browser.`,
        'format',
        { params: { path: executablePath } },
      );
    }
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: PDF_ARGS });
  };
  return {
    async render(html, signal, info) {
      signal?.throwIfAborted();
      browser ??= launch().catch((error: unknown) => {
        browser = null;
        throw error;
      });
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      const drop = () => void context.close().catch(() => undefined);
      signal?.addEventListener('abort', drop, { once: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready).catch(() => undefined);
        // Tagged (the headings, lists and tables a screen reader follows) and with an outline made of the headings:
        // a bookmark per claim (tests/server/api-report-pdf.test.ts).
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true });
        return info?.author ? await withAuthor(pdf, info.author) : pdf;
      } finally {
        signal?.removeEventListener('abort', drop);
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
