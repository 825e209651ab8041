// Refuses JSON bodies that carry prototype-pollution keys anywhere (`__proto__`, `constructor`, `prototype`),
// naming where, rather than letting a schema drop them quietly.
import type { RequestHandler } from 'express';
import { invalid } from './errors.ts';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** A value met in the walk, with the key it sits under and the entry of its parent (null for the body itself). */
interface Entry {
  value: unknown;
  key: string;
  parent: Entry | null;
}

/** The keys from the body down to `entry`. */
function pathOf(entry: Entry): string[] {
  const keys: string[] = [];
  for (let at: Entry = entry; at.parent; at = at.parent) keys.push(at.key);
  return keys.reverse();
}

/**
 * The path of the first forbidden key in `value`, or null. Walks own keys only, iteratively, visiting each value once
 * and keeping a link to its parent rather than a copy of its path: linear in the size of the value, however deep.
 * The path is built only for the key refused (its length is the depth, at most LIMITS.jsonDepth for a request body).
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: Entry[] = [{ value, key: '', parent: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const node = entry.value;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN.has(key)) return [...pathOf(entry), key].join('.');
      stack.push({ value: (node as Record<string, unknown>)[key], key, parent: entry });
    }
  }
  return null;
}

export const refuseForbiddenKeys: RequestHandler = (req, _res, next) => {
  const where = findForbiddenKey(req.body);
  if (where) throw invalid(where, 'forbidden_key');
  next();
};
