// Refuses JSON bodies that carry prototype-pollution keys anywhere (`__proto__`, `constructor`, `prototype`),
// naming where, rather than letting a schema drop them quietly.
import type { RequestHandler } from 'express';
import { invalid } from './errors.ts';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key in `value`, or null. Walks own keys only, iteratively (no deep recursion). */
export function findForbiddenKey(value: unknown): string | null {
  const stack: Array<[unknown, string[]]> = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN.has(key)) return [...path, key].join('.');
      stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
    }
  }
  return null;
}

export const refuseForbiddenKeys: RequestHandler = (req, _res, next) => {
  const where = findForbiddenKey(req.body);
  if (where) throw invalid(where, 'forbidden_key');
  next();
};
