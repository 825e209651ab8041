// Writes a JSON document piece by piece, byte for byte as `JSON.stringify(value, null, 2)` would in one string, so that
// a large export is sent as it is made instead of held whole in memory. Arrays may be given as lazy iterables (a
// generator that builds each item when it is written), or as a BatchedArray whose items arrive later, a batch at a
// time (a store cursor's), which jsonChunksAsync waits for; each item deep enough is one chunk.
import { escapeJsonForHtml } from '../json-in-html.ts';

/**
 * An array whose items arrive later, batch by batch (the claims of a report read while it is written); only
 * jsonChunksAsync can write it. Nothing is asked of `batches` before the array is written, and a batch may be a lazy
 * iterable, each item made when it is written.
 */
export class BatchedArray<T> {
  constructor(readonly batches: AsyncIterable<Iterable<T>>) {}

  /** Met inside a value written whole (below the depth opened): there is no text to give yet, so say so. */
  toJSON(): never {
    throw new Error('json-chunks: a BatchedArray lies below the depth opened; open every level above it');
  }

  /** The same array, each batch turned into items by `map` (a generator, to make each item only when it is written). */
  map<U>(map: (batch: Iterable<T>) => Iterable<U>): BatchedArray<U> {
    const { batches } = this;
    return new BatchedArray(
      (async function* () {
        for await (const batch of batches) yield map(batch);
      })(),
    );
  }
}

/** A BatchedArray met while writing: jsonChunksAsync writes it when its batches come. */
interface Later {
  array: BatchedArray<unknown>;
  depth: number;
  indent: string;
}

const isIterableArray = (value: object): value is Iterable<unknown> =>
  Array.isArray(value) || (Symbol.iterator in value && typeof (value as { [Symbol.iterator]: unknown })[Symbol.iterator] === 'function');

/** JSON.stringify of a value that is not opened further, indented to sit at `indent`. */
function whole(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // Strings in JSON text never hold a raw line break, so every \n is one of the layout's.
  return text === undefined ? undefined : text.replace(/\n/g, `\n${indent}`);
}

// What goes before an array item, and what closes the array, as JSON.stringify lays them out.
const itemOpening = (first: boolean, inner: string) => `${first ? '[' : ','}\n${inner}`;
const arrayClosing = (first: boolean, indent: string) => (first ? '[]' : `\n${indent}]`);
/** As JSON.stringify does: what JSON cannot hold (undefined, a function) becomes null inside an array. */
const asItem = (item: unknown) => (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol' ? item : null);

function* chunks(value: unknown, depth: number, indent: string): Generator<string | Later> {
  if (value instanceof BatchedArray) {
    yield { array: value as BatchedArray<unknown>, depth, indent };
    return;
  }
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: () => unknown }).toJSON();
  }
  if (depth <= 0 || value === null || typeof value !== 'object') {
    yield whole(value, indent) ?? 'null';
    return;
  }
  const inner = `${indent}  `;
  let first = true;
  if (isIterableArray(value)) {
    for (const item of value) {
      yield itemOpening(first, inner);
      first = false;
      yield* chunks(asItem(item), depth - 1, inner);
    }
    yield arrayClosing(first, indent);
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
 * iterables, not BatchedArrays (see jsonChunksAsync).
 */
export function* jsonChunks(value: unknown, depth: number): Generator<string> {
  for (const chunk of chunks(value, depth, '')) {
    if (typeof chunk !== 'string') throw new Error('jsonChunks: an array of later batches is written by jsonChunksAsync');
    yield escapeJsonForHtml(chunk);
  }
  yield '\n';
}

/**
 * Text held before it is handed on: each hand-over between async generators costs a few promise turns, so a
 * BatchedArray's items are joined a few kilobytes at a time rather than handed over chunk by chunk.
 */
const HAND_OVER_CHARS = 16 * 1024;

/** The chunks of `parts`, a BatchedArray's items written as its batches come. */
async function* resolved(parts: Iterable<string | Later>): AsyncGenerator<string> {
  for (const part of parts) {
    if (typeof part === 'string') yield part;
    else yield* laterItems(part);
  }
}

/**
 * A BatchedArray's text, each item made as it is written, never a whole batch ahead (a batch of 2,000 annotations
 * made at once held the event loop for some 50 ms).
 */
async function* laterItems({ array, depth, indent }: Later): AsyncGenerator<string> {
  const inner = `${indent}  `;
  let first = true;
  let held = '';
  for await (const batch of array.batches) {
    for (const item of batch) {
      held += itemOpening(first, inner);
      first = false;
      for (const chunk of chunks(asItem(item), depth - 1, inner)) {
        if (typeof chunk === 'string') {
          held += chunk;
          continue;
        }
        if (held) yield held;
        held = '';
        yield* laterItems(chunk);
      }
      if (held.length >= HAND_OVER_CHARS) {
        yield held;
        held = '';
      }
    }
  }
  yield held + arrayClosing(first, indent);
}

/**
 * jsonChunks for a value holding BatchedArrays: the same text, each array's items written as their batches arrive.
 * Stopping early (return) stops asking for batches.
 */
export async function* jsonChunksAsync(value: unknown, depth: number): AsyncGenerator<string> {
  for await (const chunk of resolved(chunks(value, depth, ''))) yield escapeJsonForHtml(chunk);
  yield '\n';
}
