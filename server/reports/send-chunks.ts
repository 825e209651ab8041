// Sends a report made in chunks while it is made: some 64 KB at a time, no faster than the client takes them
// (backpressure: while the socket is full nothing more is made, so a data export read from the store's cursor leaves
// the cursor waiting, and a slow client holds one batch of claims, not the scope), letting other requests run between
// batches, and no longer making it once the client has gone (the chunks are closed, which releases the cursor).
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Response } from 'express';

const BATCH_CHARS = 64 * 1024;

type Chunks = Iterable<string> | AsyncIterable<string>;

const iteratorOf = (chunks: Chunks): Iterator<string> | AsyncIterator<string> =>
  Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();

/** The next chunks of `chunks` joined, up to about BATCH_CHARS; null when there are none left. */
async function nextBatch(chunks: Iterator<string> | AsyncIterator<string>): Promise<string | null> {
  const parts: string[] = [];
  let size = 0;
  while (size < BATCH_CHARS) {
    const next = await chunks.next();
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return parts.length > 0 ? parts.join('') : null;
}

/**
 * Sends `chunks` as the body of `res` (headers set by the caller; no Content-Length, so chunked). The first batch is
 * made before anything is sent, so that a report that cannot be made is still answered with the error shape. Each
 * later batch is made once the socket has taken the one before. Resolves when the body is sent or the client went
 * away, after `chunks` is closed; rejects if making a later chunk failed (the response is then cut).
 */
export async function sendChunks(res: Response, chunks: Chunks): Promise<void> {
  const iterator = iteratorOf(chunks);
  let wake: (() => void) | undefined;
  const resume = () => wake?.();
  try {
    // The first batch may also index the whole report (a whole input): in a turn of its own, not in the last one.
    await nextTurn();
    let batch = await nextBatch(iterator);
    // One listener each for the whole body: compression's `res.on('drain')` moves listeners onto its gzip stream, where
    // `off` cannot find them again (one per wait would pile up).
    res.on('drain', resume);
    res.once('close', resume);
    for (; batch !== null; batch = await nextBatch(iterator)) {
      if (res.destroyed) return; // the client went away: nothing to answer, and making the rest stops
      if (!res.write(batch)) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (res.destroyed) return;
      await nextTurn();
    }
    res.end();
  } finally {
    res.off('close', resume);
    await iterator.return?.();
  }
}
