// Measures an HTML page in one streaming pass (htmlparser2's tokenizer and open-element stack): how deep its elements
// nest and how many there are, stopping at the first bound passed. Linear in the page's length, since the stack it
// keeps never grows past the depth bound; it refuses a page before jsdom builds a tree of it.
import { Parser } from 'htmlparser2';

export interface HtmlBounds {
  depth: number;
  elements: number;
}

/** Which bound the page passes first, or null when it stays within both. */
export type HtmlExcess = 'depth' | 'elements' | null;

export function measureHtml(html: string, bounds: HtmlBounds): HtmlExcess {
  let depth = 0;
  let elements = 0;
  let excess: HtmlExcess = null;
  const parser = new Parser(
    {
      onopentagname() {
        elements++;
        if (++depth > bounds.depth) excess = 'depth';
        else if (elements > bounds.elements) excess = 'elements';
        if (excess) parser.pause();
      },
      // Called for every element opened, closed by its end tag, by one that implies it (<p> after <p>) or at the end.
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  if (!excess) parser.end();
  return excess;
}
