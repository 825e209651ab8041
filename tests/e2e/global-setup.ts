// Launches the one headless Chromium every e2e file connects to, and closes it when the run ends.
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    wsEndpoint: string;
  }
}

let browserServer: BrowserServer | undefined;

export async function setup(project: TestProject) {
  browserServer = await chromium.launchServer({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  project.provide('wsEndpoint', browserServer.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
}
