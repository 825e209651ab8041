// Sends a report made in chunks while it is made: some 64 KB at a time, as fast as the client takes them (backpressure),
// letting other requests run between batches, and no longer making it once the client has gone.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Response } from 'express';

const BATCH_CHARS = 64 * 1024;

/** The next chunks of `chunks` joined, up to about BATCH_CHARS; null when there are none left. */
function nextBatch(chunks: Iterator<string>): string | null {
  const parts: string[] = [];
  let size = 0;
  while (size < BATCH_CHARS) {
    const next = chunks.next();
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return parts.length > 0 ? parts.join('') : null;
}

async function* batches(chunks: Iterator<string>, first: string | null): AsyncGenerator<string> {
  try {
    for (let batch = first; batch !== null; batch = nextBatch(chunks)) {
      yield batch;
      await nextTurn();
    }
  } finally {
    chunks.return?.();
  }
}

/**
 * Sends `chunks` as the body of `res` (headers set by the caller; no Content-Length, so chunked). The first batch is
 * made before anything is sent, so that a report that cannot be made is still answered with the error shape. Resolves
 * when the body is sent or the client went away; rejects if making a later chunk failed (the response is then cut).
 */
export async function sendChunks(res: Response, chunks: Iterable<string>): Promise<void> {
  const iterator = chunks[Symbol.iterator]();
  // The first batch also indexes the whole report (every claim, by article): in a turn of its own, not in the last one.
  await nextTurn();
  const first = nextBatch(iterator);
  try {
    await pipeline(Readable.from(batches(iterator, first)), res);
  } catch (error) {
    // The client closed the connection: nothing to answer, and making the rest has stopped.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
    throw error;
  }
}
