// Reduces an HTML page to its article text with Mozilla's Readability on a jsdom document (scripts never run),
// keeping paragraph breaks: block elements become lines, scripts, styles and page chrome are dropped.
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';

export interface ExtractedHtml {
  title: string | null;
  text: string;
  language: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'HEAD']);

/**
 * The visible text under `root`, one line per block element, whitespace inside lines collapsed. Walks the tree with
 * an explicit stack rather than recursion, so that no depth of nesting can overflow the call stack.
 */
export function textWithLines(root: Element): string {
  const lines: string[] = [''];
  // A node to read, or 'end' to close the line of a block element once its children are read.
  const stack: Array<Node | 'end'> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end') {
      lines.push('');
      continue;
    }
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName)) continue;
    if (el.tagName === 'BR') {
      lines.push('');
      continue;
    }
    if (BLOCK.has(el.tagName)) {
      lines.push('');
      stack.push('end');
    }
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return lines
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

const parse = (html: string, url?: string | null) => new JSDOM(html, { url: url ?? 'https://claimdesk.invalid/' });

/**
 * The article in `html`: Readability's reading of it, or the whole body's text when Readability finds none. Runs on
 * the calling thread and can take long on a large or contrived page: the server calls it in a worker
 * (html-extractor.ts).
 */
export function extractHtml(html: string, url?: string | null): ExtractedHtml {
  const dom = parse(html, url);
  const document = dom.window.document;
  const language = document.documentElement.getAttribute('lang');
  const fallbackTitle = document.title.trim() || null;
  // Readability changes the document it reads; it hands back its article as an element (no HTML to parse again).
  const article = new Readability(document, { charThreshold: 100, serializer: (node) => node as Element }).parse();
  let text = article?.content ? textWithLines(article.content) : '';
  dom.window.close();
  if (text.length === 0) {
    // Rare (a fragment too short for Readability): read the page's own body, from a fresh parse.
    const whole = parse(html, url);
    if (whole.window.document.body) text = textWithLines(whole.window.document.body);
    whole.window.close();
  }
  return {
    title: article?.title?.trim() || fallbackTitle,
    text,
    language: language || article?.lang || null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
  };
}
