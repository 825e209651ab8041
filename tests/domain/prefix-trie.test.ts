import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addToTrie, prefixTrie, walkTrie } from '../../domain/prefix-trie.ts';

function buildTrie(keys: string[]) {
  const trie = prefixTrie<number>();
  keys.forEach((key, i) => addToTrie(trie, key, i));
  return trie;
}

/** `[end, values]` for every visit, in order. */
function walk(keys: string[], text: string, offset: number): Array<[number, number[]]> {
  const visits: Array<[number, number[]]> = [];
  walkTrie(buildTrie(keys), text, offset, (end, values) => visits.push([end, [...values]]));
  return visits;
}

describe('prefix trie', () => {
  it('visits every stored key found at the offset, shortest first', () => {
    expect(walk([' الارمينيه', '', ' الروسيه', ' ا'], 'الحكومه الارمينيه قالت', 7)).toEqual([
      [7, [1]],
      [9, [3]],
      [17, [0]],
    ]);
  });

  it('keeps every value of a key added twice, in the order added', () => {
    expect(walk(['ab', 'a', 'ab'], 'abc', 0)).toEqual([
      [1, [1]],
      [2, [0, 2]],
    ]);
  });

  it('visits nothing when no key starts at the offset, or at the end of the text', () => {
    expect(walk(['ab', 'b'], 'aab', 0)).toEqual([]);
    expect(walk(['a'], 'a', 1)).toEqual([]);
  });

  it('finds what checking every key at the offset finds, on keys that are prefixes of one another', () => {
    // Two letters make keys that share long prefixes and split one another's branches in every order.
    const text = fc.stringMatching(/^[ab ]{0,30}$/);
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), text, fc.nat(31), (keys, subject, at) => {
        const offset = Math.min(at, subject.length);
        const expected = new Map<number, number[]>();
        keys.forEach((key, i) => {
          if (!subject.startsWith(key, offset)) return;
          const end = offset + key.length;
          expected.set(end, [...(expected.get(end) ?? []), i]);
        });
        const byLength = [...expected.entries()].sort((a, b) => a[0] - b[0]);
        expect(walk(keys, subject, offset)).toEqual(byLength);
      }),
      { numRuns: 500 },
    );
  });
});
