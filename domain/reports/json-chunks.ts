// Writes a JSON document piece by piece, byte for byte as `JSON.stringify(value, null, 2)` would in one string, so that
// a large export is sent as it is made instead of held whole in memory. Arrays may be given as lazy iterables (a
// generator that builds each item when it is written); each item deep enough is one chunk.
import { escapeJsonForHtml } from '../json-in-html.ts';

const isIterableArray = (value: object): value is Iterable<unknown> =>
  Array.isArray(value) || (Symbol.iterator in value && typeof (value as { [Symbol.iterator]: unknown })[Symbol.iterator] === 'function');

/** JSON.stringify of a value that is not opened further, indented to sit at `indent`. */
function whole(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // Strings in JSON text never hold a raw line break, so every \n is one of the layout's.
  return text === undefined ? undefined : text.replace(/\n/g, `\n${indent}`);
}

function* chunks(value: unknown, depth: number, indent: string): Generator<string> {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (depth === 0 || value === null || typeof value !== 'object') {
    yield whole(value, indent) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (isIterableArray(value)) {
    for (const item of value) {
      yield `${first ? '[' : ','}\n${inner}`;
      first = false;
      // As JSON.stringify does: what JSON cannot hold (undefined, a function) becomes null inside an array.
      const fits = item !== undefined && typeof item !== 'function' && typeof item !== 'symbol';
      yield* chunks(fits ? item : null, depth - 1, inner);
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* chunks(item, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * The text of `JSON.stringify(value, null, 2) + '\n'` in chunks, escaped for HTML (see json-in-html.ts). Objects and
 * arrays are opened down to `depth` levels (an item below that is written whole, as one chunk); arrays may be lazy
 * iterables.
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  for (const chunk of chunks(value, depth, '')) yield escapeJsonForHtml(chunk);
  yield '\n';
}
