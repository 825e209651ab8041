// Settings from the environment (server/config.ts) and their way through startServer into the app: Secure cookies and
// HSTS behind a TLS proxy, which proxies to believe, and the public base URL.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { makeDataDir, TEST_PASSWORD } from '../support/test-app.ts';

describe('readConfig', () => {
  it('is plain HTTP, trusts no proxy and has no public base URL when nothing is set', () => {
    expect(readConfig({})).toMatchObject({ secureCookies: false, trustProxy: false, publicBaseUrl: null, port: 3000, host: 'localhost' });
    expect(readConfig({})).toMatchObject({ logLevel: 'info', shutdownTimeoutMs: 10_000 });
  });

  it.each([
    [{ COOKIE_SECURE: 'true' }, { secureCookies: true }],
    [{ COOKIE_SECURE: '1' }, { secureCookies: true }],
    [{ COOKIE_SECURE: 'false' }, { secureCookies: false }],
    [{ TRUST_PROXY: '1' }, { trustProxy: 1 }],
    [{ TRUST_PROXY: 'loopback, 10.0.0.0/8' }, { trustProxy: 'loopback, 10.0.0.0/8' }],
    [{ PUBLIC_BASE_URL: 'https://claims.example.org/' }, { publicBaseUrl: 'https://claims.example.org' }],
    [{ PUBLIC_BASE_URL: 'https://example.org/desk' }, { publicBaseUrl: 'https://example.org/desk' }],
    [{ LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
    [{ LOG_LEVEL: 'silent' }, { logLevel: 'silent' }],
    [{ SHUTDOWN_TIMEOUT_MS: '25000' }, { shutdownTimeoutMs: 25_000 }],
  ])('reads %o', (env, expected) => {
    expect(readConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ COOKIE_SECURE: 'yes please' }, /COOKIE_SECURE/],
    [{ TRUST_PROXY: 'true' }, /TRUST_PROXY=true would believe any client/],
    [{ PUBLIC_BASE_URL: 'claims.example.org' }, /PUBLIC_BASE_URL/],
    [{ PUBLIC_BASE_URL: 'javascript:alert(1)' }, /PUBLIC_BASE_URL/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ LOG_LEVEL: 'verbose' }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ SHUTDOWN_TIMEOUT_MS: '10s' }, /SHUTDOWN_TIMEOUT_MS/],
    [{ SHUTDOWN_TIMEOUT_MS: '0' }, /SHUTDOWN_TIMEOUT_MS/],
  ])('refuses %o with a message naming the setting', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});

describe('startServer passes the settings to the app', () => {
  let server: RunningServer | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    server = dir = undefined;
  });

  const setUp = (url: string) =>
    fetch(`${url}/api/setup`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'editor', displayName: 'Edith Editor', password: TEST_PASSWORD }),
    });

  it('sets Secure cookies and HSTS when COOKIE_SECURE is on', async () => {
    dir = await makeDataDir();
    server = await startServer({ dataDir: dir, clientDir: null, secureCookies: true });
    const res = await setUp(server.url);
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('sets neither over plain HTTP (the default)', async () => {
    dir = await makeDataDir();
    server = await startServer({ dataDir: dir, clientDir: null });
    const res = await setUp(server.url);
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
