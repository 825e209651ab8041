// How long to wait before asking again for a report the server refused with 429 (one export per person, a few per
// server at once): the Retry-After it gave, in the error's params.
import { ApiError } from '../../../lib/api-client.ts';

/** Whether `error` is the server's "too many exports at once". */
export const isTooManyExports = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 429;

/** The wait the server asked for, in milliseconds (5 s when it did not say). */
export function retryAfterMs(error: unknown): number {
  const seconds = isTooManyExports(error) ? error.params.retryAfter : undefined;
  return 1000 * (typeof seconds === 'number' && seconds > 0 ? seconds : 5);
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    });
  });
}
