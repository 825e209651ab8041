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

/** The visible text under `root`, one line per block element, whitespace inside lines collapsed. */
function textWithLines(root: Element): string {
  const lines: string[] = [''];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      lines.push('');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) lines.push('');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) lines.push('');
  };
  walk(root);
  return lines
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function extractHtml(html: string, url?: string | null): ExtractedHtml {
  const dom = new JSDOM(html, { url: url ?? 'https://claimdesk.invalid/' });
  const document = dom.window.document;
  const language = document.documentElement.getAttribute('lang');
  const fallbackTitle = document.title.trim() || null;
  // Readability changes the document it reads, so give it its own copy.
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
  let text = '';
  if (article?.content) {
    const content = new JSDOM(`<body>${article.content}</body>`).window.document.body;
    text = textWithLines(content);
  }
  if (text.length === 0 && document.body) text = textWithLines(document.body);
  dom.window.close();
  return {
    title: article?.title?.trim() || fallbackTitle,
    text,
    language: language || article?.lang || null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
  };
}
