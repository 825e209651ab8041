// The answers to a change the store could not save: the error middleware sends them like any refusal, so a failed
// write is never answered 2xx. 507 when the disk is full, 503 for any other failed write, and 503
// `store_unavailable` while the journal cannot be brought back to its last good length.
import { HttpError } from '../errors.ts';

const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** A write failed and was undone: the journal is back at its last good length, nothing of the change was kept. */
export function writeFailed(error: unknown): HttpError {
  const code = (error as NodeJS.ErrnoException).code;
  const cause = `${code ?? 'error'}: ${(error as Error).message}`;
  return FULL.has(code ?? '')
    ? new HttpError(507, 'store_full', `The change was not saved: the disk holding the store is full (${cause}). Nothing was changed; free some space and try again.`)
    : new HttpError(503, 'store_write_failed', `The change was not saved: the store could not write it (${cause}). Nothing was changed; try again.`);
}

/** A write failed and could not be undone: no change is taken until the journal is cut back to its last good length. */
export function storeUnavailable(journal: string, error: unknown): HttpError {
  return new HttpError(
    503,
    'store_unavailable',
    `The store takes no changes for now: after a failed write its journal ${journal} could not be cut back to its last ` +
      `good length (${(error as Error).message}). Every acknowledged change is kept; the server tries again on the next change.`,
  );
}
