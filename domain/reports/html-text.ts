// Safe pieces of HTML for the report: escaped text and attributes, http(s)-only links, and the writing direction of a
// string (so that user text is isolated with <bdi> or given its own dir).
import escapeHtml from 'escape-html';
import type { Direction } from '../schemas.ts';

/** Escapes text for element content and for double-quoted attribute values. */
export const esc = (text: string | number): string => escapeHtml(String(text));

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;

/** The direction of the first strong (letter) character, as `dir="auto"` would find it; `ltr` when there is none. */
export function textDirection(text: string): Direction {
  const letter = /\p{L}/u.exec(text);
  return letter && RTL_SCRIPT.test(letter[0]) ? 'rtl' : 'ltr';
}

/** `href` only for http(s) URLs: anything else (javascript:, data:, relative) is not linked. */
export function httpHref(url: string | null | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}

/** A link to an http(s) URL that keeps the referrer and opener from the target; plain text for any other URL. */
export function link(url: string | null | undefined, text: string, extra: { className?: string; lang?: string } = {}): string {
  const href = httpHref(url);
  const inner = `<bdi>${esc(text)}</bdi>`;
  if (!href) return inner;
  const cls = extra.className ? ` class="${esc(extra.className)}"` : '';
  return `<a href="${esc(href)}" rel="noopener noreferrer"${cls}>${inner}</a>`;
}

/** User text inline in the template's flow: isolated, so a right-to-left name does not reorder the words around it. */
export function bdi(text: string, lang?: string): string {
  return lang ? `<bdi lang="${esc(lang)}">${esc(text)}</bdi>` : `<bdi>${esc(text)}</bdi>`;
}

/** A `lang`/`dir` attribute pair (with a leading space) for text in a known language and direction. */
export function langDir(lang: string, dir: Direction): string {
  return ` lang="${esc(lang)}" dir="${esc(dir)}"`;
}
