// Restores a store file that something else damaged from the last good copy kept beside it (`<file>.bak`);
// the damaged file is kept too, renamed, so nothing is ever thrown away.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { DurableJsonFile, StoreFileError, backupPath, writeFileDurably } from './durable-json-file.ts';
import { STORE_FILE_NAME } from './file-store.ts';

export type RepairOutcome =
  | { status: 'healthy'; file: string }
  | { status: 'restored'; file: string; from: string; damagedCopy: string; claims: number }
  | { status: 'no-backup'; file: string; problem: string };

export async function repairStore(dataDir: string, now = new Date()): Promise<RepairOutcome> {
  const file = join(dataDir, STORE_FILE_NAME);
  try {
    await new DurableJsonFile<StoreData>(file, StoreDataSchema).read();
    return { status: 'healthy', file };
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    const backup = backupPath(file);
    let good: StoreData | null;
    try {
      good = await new DurableJsonFile<StoreData>(backup, StoreDataSchema).read();
    } catch (backupError) {
      return { status: 'no-backup', file, problem: (backupError as Error).message };
    }
    if (!good) return { status: 'no-backup', file, problem: `there is no ${backup}` };
    const damagedCopy = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
    await copyFile(file, damagedCopy).catch(() => undefined);
    await writeFileDurably(file, JSON.stringify(good, null, 2) + '\n');
    return { status: 'restored', file, from: backup, damagedCopy, claims: good.claims.length };
  }
}
