// How many report downloads run at once: one per person and a few on the server (each can hold a core and hundreds of
// megabytes for seconds). Beyond that a download is refused at once with 429 and Retry-After, never queued.
import type { RequestHandler } from 'express';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import { currentUser } from '../auth/sessions.ts';

export interface ExportLimits {
  perUser: number;
  perServer: number;
  /** What Retry-After says, in seconds. */
  retryAfterSeconds: number;
}

export interface ExportLimiter {
  /** Takes a slot for `userId`, or throws the 429 that says whose limit was reached. The release is idempotent. */
  acquire(userId: string): () => void;
  /** Downloads running now. */
  running(): number;
  readonly retryAfterSeconds: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = {
  perUser: LIMITS.exportsPerUser,
  perServer: LIMITS.exportsPerServer,
  retryAfterSeconds: 3,
};

export function createExportLimiter(limits: Partial<ExportLimits> = {}): ExportLimiter {
  const { perUser, perServer, retryAfterSeconds } = { ...DEFAULT_EXPORT_LIMITS, ...limits };
  const byUser = new Map<string, number>();
  let total = 0;
  const refuse = (kind: 'user' | 'server', message: string) =>
    new HttpError(429, 'too_many_exports', message, undefined, { params: { kind, limit: kind === 'user' ? perUser : perServer, retryAfter: retryAfterSeconds } });
  return {
    retryAfterSeconds,
    running: () => total,
    acquire(userId) {
      const mine = byUser.get(userId) ?? 0;
      if (mine >= perUser) {
        throw refuse('user', `You already have ${mine === 1 ? 'an export' : `${mine} exports`} running: wait for it to finish, then try again`);
      }
      if (total >= perServer) {
        throw refuse('server', `The server is already building ${total} exports, its limit: try again in a few seconds`);
      }
      byUser.set(userId, mine + 1);
      total += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= 1;
        const left = (byUser.get(userId) ?? 1) - 1;
        if (left > 0) byUser.set(userId, left);
        else byUser.delete(userId);
      };
    },
  };
}

/**
 * Holds a slot for the signed-in user while the response is open: freed when it is sent, fails, or the client goes
 * away (the response's `close`). A refusal carries Retry-After.
 */
export function limitExports(limiter: ExportLimiter): RequestHandler {
  return (_req, res, next) => {
    let release: () => void;
    try {
      release = limiter.acquire(currentUser(res.locals).id);
    } catch (error) {
      res.set('Retry-After', String(limiter.retryAfterSeconds));
      throw error;
    }
    res.once('close', release);
    next();
  };
}
