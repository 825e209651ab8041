// The server's settings, read once from the environment by server/main.ts; a value it cannot read stops the start.
import { LOG_LEVELS, type LogLevel } from './logging.ts';
import { projectPath } from './paths.ts';
import { SHUTDOWN_TIMEOUT_MS } from './shutdown.ts';
import { COMPACTION_STEPS, type CompactionStep } from './store/journaled-json-file.ts';

export interface ServerConfig {
  dataDir: string;
  port: number;
  host: string;
  /** COOKIE_SECURE: cookies get the Secure flag, and HSTS is sent (the app is served over HTTPS). */
  secureCookies: boolean;
  /** TRUST_PROXY: Express's `trust proxy` (hop count, or addresses and subnets of the proxy); false when unset. */
  trustProxy: number | string | false;
  /** PUBLIC_BASE_URL: where readers reach Claimdesk; the only base of absolute links in reports (none when unset). */
  publicBaseUrl: string | null;
  /** DATABASE_URL: a postgres:// connection string selects the PostgreSQL store; null (unset) keeps lowdb on DATA_DIR. */
  databaseUrl: string | null;
  /** LOG_LEVEL: the least severe level logged (server/logging.ts); default info, a line per request. */
  logLevel: LogLevel;
  /** SHUTDOWN_TIMEOUT_MS: how long SIGTERM waits for the requests in flight before stopping anyway (default 10 s). */
  shutdownTimeoutMs: number;
  /** CLAIMDESK_COMPACT_BYTES: the journal size at which the snapshot is rewritten (default: the store's own). */
  compactAfterBytes?: number;
  /**
   * CLAIMDESK_TEST_CRASH_AFTER_COMPACTION_STEP, for tests/server/compaction-crash.test.ts only: the process kills
   * itself right after this step of a snapshot rewrite.
   */
  crashAfterCompactionStep?: CompactionStep;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function readBoolean(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new ConfigError(`${name} must be true or false, not "${value}"`);
}

/**
 * A hop count or a comma-separated list of the proxy's addresses or subnets (`loopback`, `10.0.0.0/8`).
 * `true` is refused: it would trust any X-Forwarded-For a client sends, so anyone could pick the address that
 * sign-in limits count against.
 */
function readTrustProxy(value: string | undefined): number | string | false {
  if (value === undefined || value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true') {
    throw new ConfigError('TRUST_PROXY=true would believe any client\'s X-Forwarded-For: give the number of proxies in front, or their addresses (e.g. "loopback")');
  }
  return value;
}

function readBaseUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new ConfigError(`PUBLIC_BASE_URL must be an absolute http(s) URL without query, not "${value}"`);
  }
  return url.href.replace(/\/+$/, '');
}

function readLogLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${value}"`);
  return value as LogLevel;
}

function readCompactionStep(value: string | undefined): CompactionStep | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(COMPACTION_STEPS as readonly string[]).includes(value)) throw new ConfigError(`unknown compaction step "${value}"`);
  return value as CompactionStep;
}

/** A postgres:// or postgresql:// URL; the message of a bad one never repeats it (it may hold a password). */
function readDatabaseUrl(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!/^postgres(ql)?:\/\//.test(value) || !URL.canParse(value)) {
    throw new ConfigError('DATABASE_URL must be a postgres://user:password@host:port/database URL');
  }
  return value;
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const compactBytes = env.CLAIMDESK_COMPACT_BYTES || undefined;
  if (compactBytes !== undefined && !/^\d+$/.test(compactBytes)) {
    throw new ConfigError(`CLAIMDESK_COMPACT_BYTES must be a number of bytes, not "${compactBytes}"`);
  }
  const crashStep = readCompactionStep(env.CLAIMDESK_TEST_CRASH_AFTER_COMPACTION_STEP);
  const shutdownMs = env.SHUTDOWN_TIMEOUT_MS || String(SHUTDOWN_TIMEOUT_MS);
  if (!/^[1-9]\d{0,6}$/.test(shutdownMs)) throw new ConfigError(`SHUTDOWN_TIMEOUT_MS must be a number of milliseconds, not "${shutdownMs}"`);
  return {
    dataDir: env.DATA_DIR ?? projectPath('data/'),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
    port,
    host: env.HOST ?? 'localhost',
    secureCookies: readBoolean('COOKIE_SECURE', env.COOKIE_SECURE),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    publicBaseUrl: readBaseUrl(env.PUBLIC_BASE_URL),
    logLevel: readLogLevel(env.LOG_LEVEL),
    shutdownTimeoutMs: Number(shutdownMs),
    ...(compactBytes !== undefined && { compactAfterBytes: Number(compactBytes) }),
    ...(crashStep && { crashAfterCompactionStep: crashStep }),
  };
}
