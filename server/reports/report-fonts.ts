// The Arabic font for reports, inlined as data URLs so a downloaded HTML file and its PDF need nothing from outside.
// Amiri, not the interface's Noto Naskh Arabic: Chromium's PDF of Noto Naskh broke Arabic words into letter groups
// that pdftotext gave back with spaces inside them, while Amiri's come back as words (tests/server/api-report-pdf.test.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The family name the report styles ask for (domain/reports/html-styles.ts). */
export const REPORT_ARABIC_FONT = 'Amiri';

let cached: Promise<string> | null = null;

async function fontFace(dir: string, weight: 400 | 700): Promise<string> {
  const file = join(dir, `amiri-arabic-${weight}-normal.woff2`);
  const data = (await readFile(file)).toString('base64');
  return `@font-face{font-family:'${REPORT_ARABIC_FONT}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC;}`;
}

/** `@font-face` rules for Amiri (regular and bold), read once from @fontsource. */
export function reportFontCss(): Promise<string> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('@fontsource/amiri/package.json')), 'files');
    return (await Promise.all([fontFace(dir, 400), fontFace(dir, 700)])).join('\n');
  })();
  return cached;
}
