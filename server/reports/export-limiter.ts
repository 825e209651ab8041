// How many reports are built at once: one download per person, and a few reports on the server (each can hold a core
// and hundreds of megabytes for seconds). Beyond that a request is refused at once with 429 and Retry-After, never
// queued. The export screen's preview counts only against the server's limit: it is rebuilt at each change of scope,
// and the one it replaces, though cancelled, may not have been let go yet when the next arrives.
import type { RequestHandler } from 'express';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import { currentUser } from '../auth/sessions.ts';

/** What a report is built for: a file to save, or the export screen's preview. */
export type ExportPurpose = 'download' | 'preview';

export interface ExportLimits {
  /** Downloads for each person. */
  perUser: number;
  perServer: number;
  /** What Retry-After says, in seconds. */
  retryAfterSeconds: number;
}

export interface ExportLimiter {
  /** Takes a slot for `userId`, or throws the 429 that says whose limit was reached. The release is idempotent. */
  acquire(userId: string, purpose?: ExportPurpose): () => void;
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
    acquire(userId, purpose = 'download') {
      const key = purpose === 'download' ? userId : null;
      const mine = key === null ? 0 : (byUser.get(key) ?? 0);
      if (key !== null && mine >= perUser) {
        throw refuse('user', `You already have ${mine === 1 ? 'a download' : `${mine} downloads`} running: wait for it to finish, then try again`);
      }
      if (total >= perServer) {
        throw refuse('server', `The server is already building ${total} exports, its limit: try again in a few seconds`);
      }
      if (key !== null) byUser.set(key, mine + 1);
      total += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= 1;
        if (key === null) return;
        const left = (byUser.get(key) ?? 1) - 1;
        if (left > 0) byUser.set(key, left);
        else byUser.delete(key);
      };
    },
  };
}

/**
 * Holds a slot for the signed-in user while the response is open: freed when it is sent, fails, or the client goes
 * away (the response's `close`). A refusal carries Retry-After.
 */
export function limitExports(limiter: ExportLimiter): RequestHandler {
  return (req, res, next) => {
    let release: () => void;
    try {
      // The query is validated after this (ReportQuerySchema); anything but `preview` counts as a download.
      release = limiter.acquire(currentUser(res.locals).id, req.query.purpose === 'preview' ? 'preview' : 'download');
    } catch (error) {
      res.set('Retry-After', String(limiter.retryAfterSeconds));
      throw error;
    }
    res.once('close', release);
    next();
  };
}
