import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonForHtml } from '../../../domain/json-in-html.ts';
import { BatchedArray, jsonChunks, jsonChunksAsync } from '../../../domain/reports/json-chunks.ts';

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

/** `items` in batches of the sizes given in turn (0: an empty batch); at least one size must be above 0. */
async function* batchesOf<T>(items: readonly T[], sizes: readonly number[]): AsyncGenerator<readonly T[]> {
  for (let at = 0, i = 0; at < items.length; at += sizes[i++ % sizes.length]!) yield items.slice(at, at + sizes[i % sizes.length]!);
}

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('jsonChunksAsync', () => {
  it('writes BatchedArrays as JSON.stringify writes the arrays of their items, at any depth that reaches them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue()),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }).filter((sizes) => sizes.some((s) => s > 0)),
        fc.jsonValue(),
        fc.integer({ min: 2, max: 6 }), // the array is two levels down: the levels above it must be opened
        async (items, sizes, other, depth) => {
          const value = { other, nested: { items: new BatchedArray(batchesOf(items, sizes)), after: other } };
          expect(await text(jsonChunksAsync(value, depth))).toBe(whole({ other, nested: { items, after: other } }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('maps each batch as it comes, and leaves undefined items as null', async () => {
    const doubled = new BatchedArray(batchesOf([1, 2, 3], [2])).map(function* (batch) {
      for (const n of batch) yield n === 2 ? undefined : n * 2;
    });
    expect(await text(jsonChunksAsync({ items: doubled }, 2))).toBe(whole({ items: [2, null, 6] }));
  });

  it('refuses a BatchedArray in the synchronous writer, or below the depth opened, rather than write it wrong', async () => {
    const array = () => new BatchedArray(batchesOf([1], [1]));
    expect(() => [...jsonChunks({ items: array() }, 2)]).toThrow(/jsonChunksAsync/);
    await expect(text(jsonChunksAsync({ nested: { items: array() } }, 1))).rejects.toThrow(/depth/);
  });
});
