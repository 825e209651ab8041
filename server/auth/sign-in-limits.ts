// Limits on guessing passwords: failed sign-ins are counted per account and per address (a success costs nothing),
// and the first-user set-up has a limit of its own. Counts live in memory, per app, for a 15-minute window.
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';

const WINDOW_MS = 15 * 60 * 1000;

export const SIGN_IN_LIMITS = {
  /** Failed sign-ins for one username, from anywhere: stops guessing one person's password from many addresses. */
  failuresPerAccount: 10,
  /** Failed sign-ins from one address, whatever the username: stops trying one password on every account. A newsroom
   * behind one NAT shares it, hence more than one person's worth. */
  failuresPerAddress: 30,
  /** Set-up attempts from one address (it succeeds once per store). */
  setupPerAddress: 10,
} as const;

/** The username a sign-in names, as accounts are keyed (lowercase), cut to a valid name's length so keys stay small. */
const accountOf = (req: Request) =>
  typeof req.body?.username === 'string' ? req.body.username.slice(0, LIMITS.username + 1).toLowerCase() : '';

const addressOf = (req: Request) => ipKeyGenerator(req.ip ?? '');

function limiter(limit: number, keyGenerator: (req: Request) => string, countSuccesses: boolean, message: string): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: !countSuccesses,
    keyGenerator,
    handler: () => {
      throw new HttpError(429, 'too_many_attempts', message);
    },
  });
}

/** Middleware for POST /api/session: the address's failures first, then the account's. */
export function signInLimits(): RequestHandler[] {
  return [
    limiter(SIGN_IN_LIMITS.failuresPerAddress, addressOf, false, 'Too many failed sign-ins from this address; wait a few minutes and try again'),
    limiter(SIGN_IN_LIMITS.failuresPerAccount, accountOf, false, 'Too many failed sign-ins for this account; wait a few minutes and try again'),
  ];
}

/** Middleware for POST /api/setup: every attempt counts, apart from sign-ins. */
export function setupLimit(): RequestHandler {
  return limiter(SIGN_IN_LIMITS.setupPerAddress, addressOf, true, 'Too many set-up attempts from this address; wait a few minutes and try again');
}
