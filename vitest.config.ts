// Four projects: fast unit and API tests; the API tests again on PostgreSQL; end-to-end tests that share one headless
// Chromium; and the end-to-end tests again on PostgreSQL. CLAIMDESK_TEST_STORE picks the store of openTestApp and of
// the e2e harness (tests/support/test-app.ts).
import { defineConfig } from 'vitest/config';
import { unreachableReason } from './tests/support/postgres-reachable.ts';
import { domainAlias } from './vite.config.ts';

/**
 * Outside CI, with no PostgreSQL to reach, the PostgreSQL projects run one skipped test naming the reason instead of
 * their files (each would fail making its database); under CI they run and fail.
 */
const postgresReason = process.env.CI ? null : await unreachableReason();
if (postgresReason) console.warn(`PostgreSQL projects skipped: ${postgresReason}. Start PostgreSQL on 127.0.0.1:5432 or set TEST_DATABASE_URL.`);
const UNAVAILABLE = {
  include: ['tests/support/postgres-unavailable.test.ts'],
  exclude: [],
  globalSetup: [], // no Chromium to start for a skipped test
  env: { CLAIMDESK_POSTGRES_UNAVAILABLE: postgresReason ?? '' },
};
const onPostgres = <T extends object>(project: T) => (postgresReason ? { ...project, ...UNAVAILABLE } : project);

/** The API tests that run on either store; the others test lowdb's files or mock its queries. */
const API_TESTS = ['tests/server/api-*.test.ts', 'tests/server/claim-pages.test.ts'];
const LOWDB_ONLY_API_TESTS = ['tests/server/api-reports-turns.test.ts'];

/** The end-to-end project, on the store `env` picks. */
const e2e = (name: string, env: Record<string, string> = {}) => ({
  name,
  env,
  include: ['tests/e2e/**/*.test.ts'],
  environment: 'node' as const,
  globalSetup: ['tests/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // expect.poll waits for the app, not a fixed time: give it room on a loaded 2-core CI machine.
  expect: { poll: { timeout: 10_000, interval: 50 } },
  // One Chromium is shared through global-setup; files run one after another on 2-core CI machines.
  fileParallelism: false,
});

export default defineConfig({
  resolve: { alias: domainAlias },
  test: {
    // Off unless asked for (`npm run coverage:client`): line coverage of the client's logic, not its components.
    coverage: {
      provider: 'v8',
      include: ['client/src/**/*.ts'],
      exclude: ['client/src/**/*.tsx', 'client/src/**/*.d.ts', 'client/src/i18n/locales/**/*.json'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: 'coverage/client',
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/domain/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/client/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          environment: 'node',
          // A PDF printed in Chromium took over 5 s (the default) at load 10 on 2 cores, and its export slot then
          // turned the rest of its file into 429s: room for a slow machine, not a timing assertion.
          testTimeout: 30_000,
        },
      },
      {
        test: onPostgres({
          name: 'api-postgres',
          include: API_TESTS,
          exclude: LOWDB_ONLY_API_TESTS,
          environment: 'node' as const,
          env: { CLAIMDESK_TEST_STORE: 'postgres' },
          testTimeout: 30_000,
        }),
      },
      { test: e2e('e2e') },
      { test: onPostgres(e2e('e2e-postgres', { CLAIMDESK_TEST_STORE: 'postgres' })) },
    ],
  },
});
