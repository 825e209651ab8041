// Limits on guessing passwords: failed sign-ins are counted per account and per address (a success costs nothing),
// and the first-user set-up has a limit of its own. Counts are kept for a 15-minute window: in the store when it
// shares them between servers (PostgreSQL), in this process's memory otherwise (lowdb: one process).
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type Options, type Store as LimitStore } from 'express-rate-limit';
import { LIMITS } from '../../domain/limits.ts';
import { HttpError } from '../errors.ts';
import type { AttemptCounters } from '../store/repositories.ts';

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

/**
 * The account a sign-in names, as its failures are keyed: a digest of the username as accounts are matched (lowercase,
 * cut past a valid name's length). A digest, not the name: what people type into the username field (sometimes their
 * password) is not kept in the counters table, and a key holds no character a database column refuses (NUL).
 */
const accountOf = (req: Request) => {
  const name = typeof req.body?.username === 'string' ? req.body.username.slice(0, LIMITS.username + 1).toLowerCase() : '';
  return createHash('sha256').update(name).digest('base64url');
};

const addressOf = (req: Request) => ipKeyGenerator(req.ip ?? '');

/** express-rate-limit's Store over the store's shared counters; `prefix` keeps each limiter's keys apart. */
class SharedCounters implements LimitStore {
  private windowMs = WINDOW_MS;
  readonly localKeys = false;
  constructor(
    private readonly counters: AttemptCounters,
    readonly prefix: string,
  ) {}
  init(options: Options): void {
    this.windowMs = options.windowMs;
  }
  increment(key: string) {
    return this.counters.increment(this.prefix + key, this.windowMs, new Date());
  }
  decrement(key: string) {
    return this.counters.decrement(this.prefix + key);
  }
  resetKey(key: string) {
    return this.counters.reset(this.prefix + key);
  }
}

function limiter(
  name: string,
  counters: AttemptCounters | undefined,
  limit: number,
  keyGenerator: (req: Request) => string,
  countSuccesses: boolean,
  message: string,
): RequestHandler {
  return rateLimit({
    ...(counters && { store: new SharedCounters(counters, `${name}:`) }),
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
export function signInLimits(counters?: AttemptCounters): RequestHandler[] {
  return [
    limiter('sign-in-address', counters, SIGN_IN_LIMITS.failuresPerAddress, addressOf, false, 'Too many failed sign-ins from this address; wait a few minutes and try again'),
    limiter('sign-in-account', counters, SIGN_IN_LIMITS.failuresPerAccount, accountOf, false, 'Too many failed sign-ins for this account; wait a few minutes and try again'),
  ];
}

/** Middleware for POST /api/setup: every attempt counts, apart from sign-ins. */
export function setupLimit(counters?: AttemptCounters): RequestHandler {
  return limiter('setup-address', counters, SIGN_IN_LIMITS.setupPerAddress, addressOf, true, 'Too many set-up attempts from this address; wait a few minutes and try again');
}
