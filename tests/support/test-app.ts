// Builds the real app on the real file store in a fresh temporary data folder, with a steady clock and ids.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app.ts';
import { openFileStore } from '../../server/store/file-store.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0 } from './builders.ts';

export const DEMO_ID = 'afp-karabakh-2020-10-09-ar';

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'claimdesk-test-'));
}

export async function openTestApp(dataDir?: string) {
  const dir = dataDir ?? (await makeDataDir());
  const { store, file } = await openFileStore(dir, () => loadSeed(T0));
  let ids = 0;
  let ticks = 0;
  const logs: string[] = [];
  const app = createApp({
    store,
    clientDir: null,
    newId: () => `id-${++ids}`,
    clock: () => new Date(Date.parse(T0) + ++ticks * 1000),
    log: (m) => logs.push(m),
  });
  return {
    app,
    store,
    dir,
    file,
    logs,
    readStoreFile: () => readFile(file),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
