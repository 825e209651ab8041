import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../../domain/json-in-html.ts';
import { jsonChunks } from '../../../domain/reports/json-chunks.ts';

/** What the exports wrote before they were streamed: one JSON.stringify (now escaped for HTML, see json-in-html.ts). */
const whole = (value: unknown) => jsonForHtml(value, 2) + '\n';

describe('jsonChunks', () => {
  it('writes any JSON value byte for byte as JSON.stringify(value, null, 2) does, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...jsonChunks(value, depth)].join('')).toBe(whole(value));
      }),
      { numRuns: 300 },
    );
  });

  it('writes empty objects and arrays, skipped undefined members and null for undefined items as JSON.stringify does', () => {
    const value = { a: {}, b: [], c: undefined, d: [undefined, () => 1, 1], e: { f: { g: [] } } };
    for (const depth of [0, 1, 2, 3, 4]) expect([...jsonChunks(value, depth)].join('')).toBe(whole(value));
  });

  it('writes a lazy iterable as the array it yields, making each item only when it is written', () => {
    const made: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i, text: `item ${i}` };
      }
    }
    const chunks = jsonChunks({ total: 3, items: items() }, 2);
    const first = chunks.next().value;
    expect(first).toBe('{\n  "total": ');
    expect(made).toEqual([]);
    const text = first + [...chunks].join('');
    expect(made).toEqual([0, 1, 2]);
    expect(text).toBe(whole({ total: 3, items: [0, 1, 2].map((i) => ({ i, text: `item ${i}` })) }));
  });

  it('gives one chunk per item at the depth asked, so that no chunk holds the whole document', () => {
    const claims = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, note: 'x'.repeat(100) }));
    const chunks = [...jsonChunks({ claims }, 2)];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200);
  });

  it('escapes "</script>" in every chunk', () => {
    const text = [...jsonChunks({ notes: ['</script><script>alert(1)</script>'] }, 2)].join('');
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ notes: ['</script><script>alert(1)</script>'] });
  });
});
