// Sessions: a random token in an HttpOnly, SameSite=Strict cookie; the store keeps only its SHA-256 and a CSRF
// token that every state-changing request must echo in the X-CSRF-Token header.
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, RequestHandler } from 'express';
import type { SessionRecord, User, UserRecord } from '../../domain/schemas.ts';
import { HttpError } from '../errors.ts';
import type { Repositories, Store } from '../store/repositories.ts';

export const SESSION_COOKIE = 'claimdesk_session';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION_DAYS = 7;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      user?: User;
      session?: SessionRecord;
    }
  }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function toPublicUser({ passwordHash: _hash, ...user }: UserRecord): User {
  return user;
}

export function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: SESSION_DAYS * 24 * 3600 * 1000 };
}

/** Opens a new session for `userId`; expired sessions are dropped in the same unit of work. Returns the cookie token. */
export async function openSession(tx: Repositories, userId: string, now: Date): Promise<{ token: string; session: SessionRecord }> {
  const token = randomBytes(32).toString('base64url');
  const session: SessionRecord = {
    tokenHash: hashToken(token),
    userId,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 24 * 3600 * 1000).toISOString(),
  };
  await tx.sessions.open(session, now.toISOString());
  return { token, session };
}

/** Finds the caller from the session cookie; a disabled or removed account's session stops working at once. */
export function authenticate(store: Store, clock: () => Date): RequestHandler {
  return async (req, res, next) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0) {
      const found = await store.read.sessions.find(hashToken(token));
      if (found && !found.user.disabled && found.session.expiresAt > clock().toISOString()) {
        res.locals.session = found.session;
        res.locals.user = toPublicUser(found.user);
      }
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const requireUser: RequestHandler = (req, res, next) => {
  if (!res.locals.user) throw new HttpError(401, 'unauthenticated', 'Sign in to continue');
  if (!SAFE_METHODS.has(req.method) && req.get(CSRF_HEADER) !== res.locals.session!.csrfToken) {
    throw new HttpError(403, 'csrf', 'The request lacks a valid X-CSRF-Token header; reload the page', 'X-CSRF-Token');
  }
  next();
};

/** The signed-in session, as `authenticate` found it; only call behind requireUser. */
export function currentSession(locals: { session?: SessionRecord }): SessionRecord {
  if (!locals.session) throw new HttpError(401, 'unauthenticated', 'Sign in to continue');
  return locals.session;
}

/** The signed-in user; only call behind requireUser. */
export function currentUser(locals: { user?: User }): User {
  if (!locals.user) throw new HttpError(401, 'unauthenticated', 'Sign in to continue');
  return locals.user;
}
