// Connecting to PostgreSQL: one pg pool per DATABASE_URL, wrapped in Kysely; the connection string's password never
// reaches a log line or an error, and values come back in the contract's shapes (ISO strings, numbers).
import { Kysely, PostgresDialect, type PostgresPool } from 'kysely';
import pg from 'pg';
import Cursor from 'pg-cursor';
import type { Database } from './database.ts';

const REDACTED = '***';

/**
 * The connection string with its password replaced by `***`, wherever libpq syntax allows one: the user-info part
 * of a URL (`postgres://user:secret@host`), a `password=` query parameter, or a `password=` key/value pair. A string
 * that cannot be parsed keeps nothing after the scheme that could be a secret.
 */
export function redactConnectionString(connectionString: string): string {
  const url = URL.canParse(connectionString) ? new URL(connectionString) : null;
  if (url && /^postgres(ql)?:$/.test(url.protocol)) {
    if (url.password) url.password = REDACTED;
    for (const key of [...url.searchParams.keys()]) {
      if (/^password$/i.test(key)) url.searchParams.set(key, REDACTED);
    }
    return url.href;
  }
  if (/^\s*[a-z_]+\s*=/i.test(connectionString) && !connectionString.includes('://')) {
    // libpq key/value form: `host=db user=app password='se cret' dbname=claimdesk`.
    return connectionString.replace(/(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)/gi, `$1${REDACTED}`);
  }
  // Unparseable: keep the scheme (it says which kind of address was meant), drop the rest.
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(connectionString)?.[1];
  return scheme ? `${scheme}//${REDACTED} (unparseable)` : `${REDACTED} (unparseable)`;
}

/** An error about reaching the database, carrying its code but only the redacted address, and no cause. */
export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** What went wrong, in one line; Node's connection refusals are AggregateErrors with an empty message. */
function describe(error: unknown): { text: string; code: string | undefined } {
  if (!(error instanceof Error)) return { text: String(error), code: undefined };
  const code = (error as { code?: unknown }).code;
  const inner = error instanceof AggregateError ? error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))) : [];
  const text = error.message || inner.join('; ') || (typeof code === 'string' ? code : error.name);
  return { text, code: typeof code === 'string' ? code : undefined };
}

/** The password of a connection string as written and as decoded, found even where URL cannot parse the string. */
function passwordsIn(connectionString: string): string[] {
  const raw = URL.canParse(connectionString)
    ? new URL(connectionString).password
    : (/^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(connectionString)?.[1] ?? '');
  const keyValue = /password\s*=\s*'?([^'\s&]+)/i.exec(connectionString)?.[1] ?? '';
  const decoded = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // a malformed %-escape: the raw form is all there is to hide
    }
  };
  return [raw, decoded(raw), keyValue, decoded(keyValue)].filter((s) => s.length > 0);
}

/**
 * Rewrites an error met while reaching the database: the redacted address, what happened (with every occurrence of
 * the raw connection string or its password taken out, in case a driver quoted it), and no `cause`, whose
 * properties (Node's `ERR_INVALID_URL` keeps the whole `input`) could hold the secret.
 */
export function connectionError(error: unknown, connectionString: string): DatabaseConnectionError {
  const { text, code } = describe(error);
  let clean = text.replaceAll(connectionString, redactConnectionString(connectionString));
  for (const secret of passwordsIn(connectionString)) clean = clean.replaceAll(secret, REDACTED);
  return new DatabaseConnectionError(`Cannot use PostgreSQL at ${redactConnectionString(connectionString)}: ${clean}`, code);
}

/**
 * Type parsers for this pool only: `date` stays the ISO day it is (pg would make a local-midnight Date),
 * `timestamptz` becomes the ISO string the contract uses (`toISOString`, milliseconds, `Z`), and `bigint` (what
 * `count(*)` returns) becomes a number: no count here nears 2^53.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.DATE) return (value: string) => value;
    if (oid === pg.types.builtins.TIMESTAMPTZ) return (value: string) => new Date(value).toISOString();
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

export interface PoolOptions {
  /** Most connections this process opens (pg's default is 10). */
  max?: number;
  /** How long to wait for a connection before giving up; pg's default is to wait forever. */
  connectionTimeoutMillis?: number;
  /** Where errors of idle connections go (the server's logger); they carry only the redacted address. */
  onIdleError?: (error: DatabaseConnectionError) => void;
}

/**
 * A pg pool for `connectionString`. Connecting errors are rethrown as DatabaseConnectionError (redacted); errors of
 * idle connections (the server restarted, the network dropped) go to `onIdleError` instead of crashing the process.
 */
export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
    types,
  });
  const onIdleError = options.onIdleError ?? ((error) => console.error(error.message));
  pool.on('error', (error) => onIdleError(connectionError(error, connectionString)));
  return pool;
}

/** The pool as Kysely sees it, with connection failures redacted on the way out. */
function redactingPool(pool: pg.Pool, connectionString: string): PostgresPool {
  return {
    connect: async () => {
      try {
        return await pool.connect();
      } catch (error) {
        throw connectionError(error, connectionString);
      }
    },
    end: () => pool.end(),
  };
}

/**
 * A typed Kysely database over a new pool for `connectionString`. Nothing connects until the first query; a wrong
 * address fails then, with a DatabaseConnectionError. `db.destroy()` ends the pool. Queries can `.stream(n)` rows
 * from a server-side cursor (pg-cursor), holding one connection of the pool until the stream ends.
 */
export function openDatabase(connectionString: string, options: PoolOptions = {}): Kysely<Database> {
  let pool: pg.Pool;
  try {
    pool = createPool(connectionString, options);
  } catch (error) {
    throw connectionError(error, connectionString);
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: redactingPool(pool, connectionString), cursor: Cursor }) });
}
