// Opens the store file in a data folder, seeding it on first start; an unreadable file stops start-up untouched.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { DurableJsonFile } from './durable-json-file.ts';
import { LowStore } from './low-store.ts';
import type { Store } from './store.ts';

export const STORE_FILE_NAME = 'claimdesk.json';

export async function openFileStore(
  dataDir: string,
  seed: () => Promise<StoreData>,
): Promise<{ store: Store; file: string; seeded: boolean }> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, STORE_FILE_NAME);
  const adapter = new DurableJsonFile<StoreData>(file, StoreDataSchema);
  const existing = await adapter.read(); // throws StoreFileError, naming the file, if it cannot be used
  const db = new Low<StoreData>(adapter, existing ?? (await seed()));
  if (!existing) await db.write();
  return { store: new LowStore(db), file, seeded: !existing };
}
