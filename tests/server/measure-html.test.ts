// The streaming measure of an HTML page: depth as the parser's open elements nest, implied and void closes
// counted as a browser would, and the first bound passed.
import { describe, expect, it } from 'vitest';
import { measureHtml } from '../../server/intake/measure-html.ts';

const bounds = { depth: 3, elements: 10 };

describe('measureHtml', () => {
  it('counts nesting depth up to the bound and refuses one level more', () => {
    expect(measureHtml('<div><div><div>x</div></div></div>', bounds)).toBeNull();
    expect(measureHtml('<div><div><div><span>x</span></div></div></div>', bounds)).toBe('depth');
  });

  it('closes what HTML closes without an end tag: paragraphs, list items, void elements', () => {
    expect(measureHtml('<div><p>a<p>b<p>c</div>', bounds)).toBeNull();
    expect(measureHtml('<ul><li>a<li>b<li>c</ul>', bounds)).toBeNull();
    expect(measureHtml('<div><br><img src=x><hr><input></div>', bounds)).toBeNull();
  });

  it('counts elements side by side and refuses one more than the bound', () => {
    expect(measureHtml('<i>x</i>'.repeat(10), bounds)).toBeNull();
    expect(measureHtml('<i>x</i>'.repeat(11), bounds)).toBe('elements');
  });

  it('stops at the first level too many of a tower a hundred thousand deep', () => {
    expect(measureHtml('<div>'.repeat(100_000), { depth: 256, elements: 30_000 })).toBe('depth');
  });
});
