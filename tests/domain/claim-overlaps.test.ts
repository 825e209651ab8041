import { describe, expect, it } from 'vitest';
import { coveredByClaims, overlapRanges, overlappedClaims } from '../../domain/claim-overlaps.ts';

const span = (id: string, start: number, end: number) => ({ id, start, end });

describe('overlappedClaims', () => {
  it('names the claims sharing a character with the span, numbered in reading order', () => {
    const claims = [span('c', 40, 50), span('a', 0, 10), span('b', 8, 20)];
    expect(overlappedClaims(claims, { start: 9, end: 12 })).toEqual([
      { claim: claims[1], number: 1 },
      { claim: claims[2], number: 2 },
    ]);
  });

  it('does not count claims that only touch the span', () => {
    expect(overlappedClaims([span('a', 0, 10), span('b', 20, 30)], { start: 10, end: 20 })).toEqual([]);
  });
});

describe('overlapRanges', () => {
  it('returns the parts covered by two claims or more, merged', () => {
    expect(overlapRanges([span('a', 0, 10), span('b', 5, 20), span('c', 8, 30), span('d', 40, 50)])).toEqual([{ start: 5, end: 20 }]);
  });

  it('finds a claim nested in another, and nothing where claims only touch', () => {
    expect(overlapRanges([span('a', 0, 30), span('b', 10, 12)])).toEqual([{ start: 10, end: 12 }]);
    expect(overlapRanges([span('a', 0, 10), span('b', 10, 20)])).toEqual([]);
  });
});

describe('coveredByClaims', () => {
  it('holds when claims together cover at least half of the span, counting shared parts once', () => {
    expect(coveredByClaims([span('a', 0, 10)], { start: 0, end: 10 })).toBe(true);
    expect(coveredByClaims([span('a', 2, 8)], { start: 0, end: 10 })).toBe(true);
    expect(coveredByClaims([span('a', 0, 3), span('b', 1, 4)], { start: 0, end: 10 })).toBe(false);
    expect(coveredByClaims([span('a', 0, 3), span('b', 7, 20)], { start: 0, end: 10 })).toBe(true);
    expect(coveredByClaims([span('a', 20, 30)], { start: 0, end: 10 })).toBe(false);
  });
});
