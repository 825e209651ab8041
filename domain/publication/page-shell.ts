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

/**
 * The stylesheet of a page's frozen verdict colours (the pages' CSP allows no inline style): its path names each
 * verdict's key and colour, `/v/verdicts/disputed-c0262d_corroborated-1a7f37.css`, so that it never changes and a
 * later edit of the scale leaves the page as it was published. parseVerdictStylesheet reads it back.
 */
export function verdictStylesheetPath(verdicts: readonly { key: string; colour: string }[]): string {
  const unique = new Map(verdicts.map((v) => [v.key, v.colour.replace(/^#/, '').toLowerCase()]));
  const name = [...unique].map(([key, hex]) => `${key}-${hex}`).join('_');
  return `${PUBLIC_VERDICT_CSS_PREFIX}${name || 'none'}.css`;
}

export const PUBLIC_VERDICT_CSS_PREFIX = '/v/verdicts/';
const VERDICT_STYLE_NAME = /^(?:none|[a-z][a-z0-9-]{0,31}-[0-9a-f]{6}(?:_[a-z][a-z0-9-]{0,31}-[0-9a-f]{6}){0,23})$/;

/** The verdicts a verdict stylesheet's file name (without `.css`) names, or undefined when it is not one. */
export function parseVerdictStylesheet(name: string): { key: string; colour: string }[] | undefined {
  if (!VERDICT_STYLE_NAME.test(name)) return undefined;
  if (name === 'none') return [];
  return name.split('_').map((pair) => ({ key: pair.slice(0, -7), colour: `#${pair.slice(-6)}` }));
}

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
