// What a source's audit entry changed, as its history on the Sources screen names it.
import { describe, expect, it } from 'vitest';
import { changedFields, deletedInto, mergedInto } from '../../../client/src/features/sources/source-changes.ts';
import { buildSource } from '../../support/builders.ts';

describe("a source's changes", () => {
  const before = buildSource({ id: 'kremlin', name: 'Kremlin', names: { en: 'Kremlin', fr: 'Kremlin' }, aliases: ['Moscow'] });

  it('names the fields whose values differ, in the form order, and not the bookkeeping', () => {
    const after = { ...before, name: 'The Kremlin', aliases: ['Moscow', 'Kreml'], updatedAt: '2026-12-06T00:00:00.000Z' };
    expect(changedFields(before, after)).toEqual(['name', 'aliases']);
  });

  it('finds no change in the same values with their keys in another order', () => {
    const reordered = { ...before, names: { fr: 'Kremlin', en: 'Kremlin' } };
    expect(changedFields(before, reordered)).toEqual([]);
  });

  it('counts an added person and a removed link', () => {
    const withPerson = { ...before, sameAs: 'https://www.wikidata.org/wiki/Q1' };
    const after = { ...before, people: [{ id: 'p-1', names: { en: 'Dmitry Peskov' }, roles: {}, aliases: [], from: null, to: null }] };
    expect(changedFields(withPerson, after)).toEqual(['sameAs', 'people']);
  });

  it('reads nothing from entries that are not two sources', () => {
    expect(changedFields(null, before)).toEqual([]);
    expect(changedFields(before, 'x')).toEqual([]);
  });

  it('reads where a merge and a deletion sent the claims', () => {
    expect(mergedInto({ into: 'elysee', movedClaims: 3 })).toEqual({ into: 'elysee', movedClaims: 3 });
    expect(mergedInto({ into: 'elysee' })).toEqual({ into: 'elysee', movedClaims: 0 });
    expect(mergedInto(null)).toBeNull();
    expect(deletedInto({ movedClaimsTo: 'kremlin', movedClaims: 2 })).toEqual({ into: 'kremlin', movedClaims: 2 });
    expect(deletedInto(null)).toBeNull();
  });
});
