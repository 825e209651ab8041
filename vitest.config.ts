// Two projects: fast unit and API tests, and end-to-end tests that share one headless Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/domain/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/client/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for the app, not a fixed time: give it room on a loaded 2-core CI machine.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          // One Chromium is shared through global-setup; files run one after another on 2-core CI machines.
          fileParallelism: false,
        },
      },
    ],
  },
});
