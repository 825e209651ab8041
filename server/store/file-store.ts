// Opens the store in a data folder (snapshot plus journal), seeding it on first start; an unreadable store stops
// start-up and is left untouched.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { JournaledJsonFile, type JournalOptions } from './journaled-json-file.ts';
import { LowStore } from './low-store.ts';
import type { StateStore } from './store.ts';

export const STORE_FILE_NAME = 'claimdesk.json';

export async function openFileStore(
  dataDir: string,
  seed: () => Promise<StoreData>,
  options: JournalOptions = {},
): Promise<{ store: StateStore; file: string; seeded: boolean }> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, STORE_FILE_NAME);
  const adapter = new JournaledJsonFile(file, StoreDataSchema, options);
  const existing = await adapter.read(); // throws StoreFileError, naming the file, if it cannot be used
  const db = new Low<StoreData>(adapter, existing ?? (await seed()));
  if (!existing) await db.write();
  return { store: new LowStore(db), file, seeded: !existing };
}
