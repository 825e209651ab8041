// The server's log: pino, one JSON line per event on stdout, from the level LOG_LEVEL names (server/config.ts) up.
// Every request gets one line when it ends: its id, method, path, status and duration. Nothing from headers, query
// strings or bodies is logged, so no cookie, token, password or article text can reach the log.
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';
import type { ErrorLog } from './errors.ts';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const satisfies readonly LevelWithSilent[];
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Nothing logged here carries these, since no header or body is logged; the redaction catches one that a future
 * line would let through (an `err` holding a request, say).
 */
const REDACTED = ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]', 'password', '*.password'];

/**
 * A logger at `level` writing to `destination`, by default stdout synchronously: pino's default, asynchronous stdout
 * put the last line before the one it had in flight when the process exited (seen on SIGINT).
 */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination({ fd: 1, sync: true })): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[redacted]' }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** A request id given by a proxy in front is kept when it is short and plain (no spaces, quotes or controls). */
const SANE_REQUEST_ID = /^[\w.:/+=-]{1,128}$/;

/**
 * The liveness and readiness probes, polled every few seconds by a load balancer: logged at debug when they pass,
 * at warn when they do not (a 503 from /api/ready while shutting down is expected, not an error).
 */
const PROBES = new Set(['/api/health', '/api/ready']);

/** The request's id (its X-Request-Id, or a new UUID), set by logRequests; `undefined` before it runs. */
export const requestIdOf = (res: Response): string | undefined => res.locals.requestId as string | undefined;

/** Gives each request an id, echoed in X-Request-Id, and logs one line about it once its response is done or cut. */
export function logRequests(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const reqId = given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
    res.locals.requestId = reqId;
    res.setHeader('X-Request-Id', reqId);
    const path = req.originalUrl.split('?', 1)[0]!;
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const status = res.statusCode;
      const level = PROBES.has(path) ? (status < 400 ? 'debug' : 'warn') : status >= 500 ? 'error' : 'info';
      // A response closed before it was all sent: the client went away, or the server cut a failed stream.
      const aborted = !res.writableFinished;
      logger[level]({ reqId, method: req.method, path, status, ms, ...(aborted && { aborted }) }, `${req.method} ${path} ${status}`);
    });
    next();
  };
}

/**
 * Where the app reports failures (the error middleware's ErrorLog): to `log` as text with the stack when given
 * (tests collect them), else to `logger` at error with the request id, else to stderr as before there was a logger.
 */
export function failureLog(logger: Logger | undefined, log: ((message: string) => void) | undefined): ErrorLog {
  if (logger && !log) return (message, error, res) => logger.error({ reqId: requestIdOf(res), err: error }, message);
  const write = log ?? ((text: string) => console.error(text));
  return (message, error) => write(`${message}: ${error instanceof Error ? error.stack : String(error)}`);
}
