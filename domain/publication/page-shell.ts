// The frame of every public page (issue 15, item 3): finished HTML that needs no script, its language and
// direction, a phone's viewport, the one stylesheet (PUBLIC_CSS_PATH, allowed by the pages' CSP as 'self').
import { directionOf } from '../locales.ts';
import { esc } from '../reports/html-text.ts';

/** Where the public pages' stylesheet is served (its fonts inlined as data: URLs). */
export const PUBLIC_CSS_PATH = '/v/page.css';

/**
 * The Content-Security-Policy of the public pages: nothing runs (no script-src: the JSON-LD blocks are data, never
 * executed), styles and images from here (images also from https), fonts only the stylesheet's inline ones.
 */
export const PUBLIC_PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self' https:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export interface PageShell {
  /** The page's language tag (an article's, or the interface language of an index). */
  lang: string;
  title: string;
  /** Already-escaped markup for the head: canonical, meta, JSON-LD. */
  head?: string;
  /** Already-escaped markup of the body. */
  body: string;
}

export function pageShell({ lang, title, head = '', body }: PageShell): string {
  return `<!doctype html>
<html lang="${esc(lang)}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${PUBLIC_CSS_PATH}">
${head}</head>
<body>
${body}
</body>
</html>
`;
}
