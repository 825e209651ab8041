// The one way the client talks to /api: JSON in and out, every failure thrown as an ApiError.
import type { Claim } from '@domain/schemas.ts';

/** A failed API call: the server's error body, or status 0 when the server could not be reached. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** For 409 version conflicts: the claim as the server holds it now. */
    readonly current?: Claim,
    /** The values the message names (a title, a count, the zod issue of a refusal), for translating it by `code`. */
    readonly params: ErrorParams = {},
  ) {
    super(message);
  }
}

export type ErrorParams = Readonly<Record<string, string | number | boolean>>;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  field?: unknown;
  current?: unknown;
  params?: unknown;
}

function toParams(value: unknown): ErrorParams {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'),
  ) as ErrorParams;
}

function toApiError(status: number, body: unknown, statusText: string): ApiError {
  const error: ErrorShape | undefined =
    typeof body === 'object' && body !== null && 'error' in body ? (body.error as ErrorShape) : undefined;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `${status} ${statusText}`.trim();
  const field = typeof error?.field === 'string' ? error.field : undefined;
  const current = typeof error?.current === 'object' && error.current !== null ? (error.current as Claim) : undefined;
  return new ApiError(status, code, message, field, current, toParams(error?.params));
}

/** The session's CSRF token, echoed on every state-changing request (the server checks X-CSRF-Token). */
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls `/api{path}` and returns the parsed JSON (undefined for 204); throws ApiError otherwise. */
export async function apiRequest<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      signal: signal ?? null,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection; nothing you typed is lost.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      // A proxy or crash page instead of JSON: report the status below rather than a parse error.
      parsed = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed, response.statusText);
  return parsed as T;
}

/**
 * GETs `/api{path}` for a file rather than JSON (reports): returns the Response unread once its status is OK, so the
 * caller can stream the body; throws ApiError with the server's message otherwise.
 */
export async function apiFile(path: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'network_error', 'Could not reach the server. Check your connection and try again.');
  }
  if (response.ok) return response;
  let parsed: unknown = undefined;
  try {
    parsed = JSON.parse(await response.text());
  } catch {
    // Not the API's JSON error body: the status line is reported instead.
    parsed = undefined;
  }
  throw toApiError(response.status, parsed, response.statusText);
}
