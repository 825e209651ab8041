import { describe, expect, it } from 'vitest';
import { atOrAboveThreshold, byScore } from '../../domain/suggestion-order.ts';

const s = (start: number, score?: number) => ({ start, ...(score === undefined ? {} : { score }) });

describe('atOrAboveThreshold', () => {
  it('keeps suggestions scoring at or above the threshold, and those with no score', () => {
    expect(atOrAboveThreshold([s(0, 0.3), s(1, 0.4), s(2, 0.9), s(3)], 0.4)).toEqual([s(1, 0.4), s(2, 0.9), s(3)]);
  });

  it('keeps everything at 0 and only the surest at 1', () => {
    expect(atOrAboveThreshold([s(0, 0), s(1, 0.5)], 0)).toHaveLength(2);
    expect(atOrAboveThreshold([s(0, 0.99), s(1, 1)], 1)).toEqual([s(1, 1)]);
  });
});

describe('byScore', () => {
  it('puts the highest score first, keeps text order among equals, and does not change its input', () => {
    const input = [s(30, 0.7), s(10, 0.4), s(20, 0.7), s(0, 1)];
    expect(byScore(input)).toEqual([s(0, 1), s(20, 0.7), s(30, 0.7), s(10, 0.4)]);
    expect(input[0]).toEqual(s(30, 0.7));
  });
});
