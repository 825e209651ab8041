// Launches the one headless Chromium every e2e file connects to, and closes it when the run ends.
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../server/reports/pdf-renderer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
  }
}

let browserServer: BrowserServer | undefined;

export async function setup(project: TestProject) {
  browserServer = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  project.provide('wsEndpoint', browserServer.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
}
