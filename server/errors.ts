// The one error vocabulary of the API: every refusal is an HttpError, sent by one middleware as
// `{ "error": { "code", "message", "field"?, "params"? } }`. The message is English; `params` holds the values it names,
// so that the client can say it in the user's language by `code` (and a refused field by its `reason` or zod issue).
import type { ErrorRequestHandler, Response } from 'express';
import type { z } from 'zod';
import { REFUSAL_MESSAGES, type RefusalReason, type WordedRefusal } from '../domain/refusals.ts';
import type { Claim, ErrorBody } from '../domain/schemas.ts';
import { issueParams } from './refusal-params.ts';

export type ErrorParams = NonNullable<ErrorBody['error']['params']>;

/** Details some refusals carry beside the message: the claim as it is now (409), the article that already holds a text. */
export interface ErrorExtra {
  current?: Claim;
  articleId?: string;
  /** The values the message names (a title, a count, what was not found), for translating it by code. */
  params?: ErrorParams;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly extra: ErrorExtra = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A 400 for one field, with the params that say why. */
const refused = (field: string, message: string, params: ErrorParams) =>
  new HttpError(400, 'invalid_request', `${field}: ${message}`, field, { params });

/** A 400 for one field, for a reason of domain/refusals.ts (in its words, unless they name a value and are given). */
export function invalid(field: string, reason: WordedRefusal): HttpError;
export function invalid(field: string, reason: RefusalReason, message: string): HttpError;
export function invalid(field: string, reason: RefusalReason, message?: string): HttpError {
  return refused(field, message ?? REFUSAL_MESSAGES[reason as WordedRefusal], { reason });
}

/** What a 404 can be about; the client words each (errors:codes.not_found_<kind>), `route` for an unknown API path. */
export type NotFoundKind = 'article' | 'claim' | 'source' | 'user' | 'route';

export const notFound = (kind: Exclude<NotFoundKind, 'route'>, id: string) =>
  new HttpError(404, 'not_found', `No ${kind} with id "${id}"`, 'id', { params: { kind } });
export const conflict = (code: string, message: string, field?: string, extra?: ErrorExtra) =>
  new HttpError(409, code, message, field, extra);

/** Turns the first issue of a ZodError into a 400 naming the field (`evidence.0.url`), or `where` for the whole value. */
export function fromZodError(error: z.ZodError, where: string): HttpError {
  const issue = error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : where;
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const path = [...issue.path.map(String), key].join('.');
    return invalid(path, 'unknown_field');
  }
  return refused(field, issue.message, issueParams(issue));
}

/** Parses `value` with `schema` or throws a 400 that names the offending field. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw fromZodError(result.error, where);
  return result.data;
}

/** Errors thrown by Express's body parser carry a `type`; these map them onto the API's vocabulary. */
const bodyParserErrors: Record<string, [number, string, string]> = {
  'entity.too.large': [413, 'payload_too_large', 'The request body is larger than the limit'],
  'entity.parse.failed': [400, 'invalid_json', 'The request body is not valid JSON'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'The request body encoding is not supported'],
  'charset.unsupported': [415, 'unsupported_charset', 'The request body charset is not supported'],
  'request.aborted': [400, 'request_aborted', 'The request was aborted'],
};

/** Errors from Express and its parsers (http-errors) that carry a 4xx status. */
function isClientHttpError(err: unknown): err is { status: number; expose?: boolean; message: string } {
  return (
    typeof err === 'object' && err !== null && 'status' in err && typeof err.status === 'number' && err.status >= 400 && err.status < 500
  );
}

/** Where the error middleware reports what is not the client's fault: what happened, the error, and its response. */
export type ErrorLog = (message: string, error: unknown, res: Response) => void;

export function errorMiddleware(log: ErrorLog): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (res.headersSent) {
      // A streamed body failed after its headers went out: no error shape can follow, so cut the response short.
      log('Failed after the response started', err, res);
      res.destroy();
      return;
    }
    let http: HttpError;
    if (err instanceof HttpError) http = err;
    else if (err && typeof err === 'object' && 'type' in err && typeof err.type === 'string' && err.type in bodyParserErrors) {
      const [status, code, message] = bodyParserErrors[err.type]!;
      http = new HttpError(status, code, message, 'body');
    } else if (err instanceof URIError) {
      // Express could not decode a path parameter (e.g. %ED%A0%80, a lone surrogate in UTF-8).
      http = new HttpError(400, 'invalid_path', 'The URL holds characters that cannot be decoded', 'id');
    } else if (isClientHttpError(err)) {
      http = new HttpError(err.status, 'bad_request', err.expose ? err.message : 'Bad request');
    } else {
      log('Unhandled error', err, res);
      http = new HttpError(500, 'internal', 'Internal server error');
    }
    const body: ErrorBody = {
      error: { code: http.code, message: http.message, ...(http.field ? { field: http.field } : {}), ...http.extra },
    };
    res.status(http.status).json(body);
  };
}
