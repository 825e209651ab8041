// The journal's diff of two store states: for any edit of any collection (items appended, replaced by new objects,
// removed, moved, kept), replaying the diff on the old state gives the new one, and untouched items cost no operation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreData } from '../../domain/schemas.ts';
import { applyOps, diffStore } from '../../server/store/store-diff.ts';
import { buildStoreData } from '../support/builders.ts';

type Item = { id: string; v: number };
type Edit = { kind: 'append' | 'replace' | 'remove' | 'move'; at: number; v: number };

const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('append', 'replace', 'remove', 'move'), at: fc.nat(), v: fc.integer() });

function applyEdits(items: readonly Item[], edits: readonly Edit[], fresh: () => string): Item[] {
  let next = [...items];
  for (const e of edits) {
    const at = next.length === 0 ? 0 : e.at % next.length;
    if (e.kind === 'append' || next.length === 0) next = [...next, { id: fresh(), v: e.v }];
    else if (e.kind === 'replace') next = next.map((item, i) => (i === at ? { ...item, v: e.v } : item));
    else if (e.kind === 'remove') next = next.filter((_, i) => i !== at);
    else next = [next[at]!, ...next.filter((_, i) => i !== at)];
  }
  return next;
}

const byId = (items: readonly Item[]) => Object.fromEntries(items.map((item) => [item.id, item.v]));

describe('diffStore', () => {
  it('replays to the new state for any edits, and touches only what changed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 40 }), fc.array(edit, { maxLength: 8 }), (values, edits) => {
        let n = 0;
        const fresh = () => `item-${n++}`;
        const claims: Item[] = values.map((v) => ({ id: fresh(), v }));
        const before = buildStoreData({ claims: claims as unknown as StoreData['claims'] });
        const nextClaims = applyEdits(claims, edits, fresh);
        const after = { ...before, claims: nextClaims as unknown as StoreData['claims'] };

        const ops = diffStore(before, after);
        const replayed = structuredClone(before) as unknown as Record<string, unknown>;
        applyOps(replayed, [ops]);
        expect(byId(replayed.claims as Item[])).toEqual(byId(nextClaims));
        // Every upsert is a new object; every removal names a key that is gone.
        const untouched = new Set(claims);
        for (const op of ops) {
          if (op.op === 'upsert') expect(untouched.has(op.value as Item)).toBe(false);
          if (op.op === 'remove') expect(nextClaims.some((c) => c.id === op.key)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('says nothing when nothing changed, and one operation for one appended claim', () => {
    const before = buildStoreData();
    expect(diffStore(before, { ...before })).toEqual([]);
    const claim = { id: 'new' } as unknown as StoreData['claims'][number];
    expect(diffStore(before, { ...before, claims: [...before.claims, claim] })).toEqual([{ op: 'upsert', in: 'claims', value: claim }]);
  });
});
