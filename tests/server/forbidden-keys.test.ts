// The forbidden-key walk visits each value once, however deep, and names the path of the key it refuses.
import { describe, expect, it } from 'vitest';
import { findForbiddenKey } from '../../server/forbidden-keys.ts';

describe('findForbiddenKey', () => {
  it('names the path of a forbidden key', () => {
    expect(findForbiddenKey(JSON.parse('{"evidence":[{"url":"x"},{"constructor":{}}]}'))).toBe('evidence.1.constructor');
    expect(findForbiddenKey(JSON.parse('{"a":{"__proto__":1}}'))).toBe('a.__proto__');
    expect(findForbiddenKey({ a: [1, { b: 'prototype' }] })).toBeNull();
  });

  it('walks a value fifty thousand levels deep without copying its path at each level', () => {
    const depth = 50_000;
    const value = JSON.parse('{"a":'.repeat(depth) + '{"__proto__":1}' + '}'.repeat(depth));
    expect(findForbiddenKey(value)).toBe(`${'a.'.repeat(depth)}__proto__`);
    expect(findForbiddenKey(JSON.parse('['.repeat(depth) + ']'.repeat(depth)))).toBeNull();
  });
});
