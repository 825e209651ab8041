// Prints report HTML to PDF in headless Chromium (playwright-core), one browser launched on first use and shared.
// Scripts are off and every network request is refused: the report is self-contained.
import { access } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { HttpError } from '../errors.ts';

/** Debian's Chromium unless CHROMIUM_PATH names another; the flags every headless launch here uses. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
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
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  };
  return {
    async render(html) {
      browser ??= launch().catch((error: unknown) => {
        browser = null;
        throw error;
      });
      const context = await (await browser).newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready).catch(() => undefined);
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser.catch(() => null))?.close();
      browser = null;
    },
  };
}
