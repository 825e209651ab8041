// Restores a store that something else damaged: a snapshot that no longer reads is replaced by the last good copy
// kept beside it (`<file>.bak`), and a journal with a damaged line is cut back to the lines before it. Damaged
// files are kept, renamed, so nothing is ever thrown away; the journal's changes are replayed over the snapshot.
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { DurableJsonFile, StoreFileError, backupPath, writeFileDurably } from './durable-json-file.ts';
import { STORE_FILE_NAME } from './file-store.ts';
import { JournaledJsonFile } from './journaled-json-file.ts';

export type RepairOutcome =
  | { status: 'healthy'; file: string }
  | { status: 'restored'; file: string; actions: string[]; damagedCopies: string[]; claims: number }
  | { status: 'no-backup'; file: string; problem: string };

async function readsFine(file: string): Promise<StoreData | null> {
  try {
    return await new JournaledJsonFile(file, StoreDataSchema).read();
  } catch (error) {
    if (error instanceof StoreFileError) return null;
    throw error;
  }
}

export async function repairStore(dataDir: string, now = new Date()): Promise<RepairOutcome> {
  const file = join(dataDir, STORE_FILE_NAME);
  if (await readsFine(file)) return { status: 'healthy', file };
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const actions: string[] = [];
  const damagedCopies: string[] = [];
  const keepDamaged = async (path: string) => {
    const copy = `${path}.damaged-${stamp}`;
    await copyFile(path, copy);
    damagedCopies.push(copy);
  };

  // The snapshot alone must read: if it does not, take the last good copy.
  try {
    await new DurableJsonFile<StoreData>(file, StoreDataSchema).read();
  } catch (error) {
    if (!(error instanceof StoreFileError)) throw error;
    let good: StoreData | null;
    try {
      good = await new DurableJsonFile<StoreData>(backupPath(file), StoreDataSchema).read();
    } catch (backupError) {
      return { status: 'no-backup', file, problem: (backupError as Error).message };
    }
    if (!good) return { status: 'no-backup', file, problem: `there is no ${backupPath(file)}` };
    await keepDamaged(file);
    await writeFileDurably(file, JSON.stringify(good, null, 2) + '\n');
    actions.push(`restored ${file} from ${backupPath(file)}`);
  }

  // The journal: keep the lines that read, drop the first damaged one and everything after it.
  const journal = `${file}.journal`;
  const data = await readsFine(file);
  if (!data) {
    const lines = (await readFile(journal, 'utf8')).split('\n');
    const good: string[] = [];
    for (const line of lines) {
      if (line === '') continue;
      try {
        JSON.parse(line);
      } catch {
        break;
      }
      good.push(line);
    }
    await keepDamaged(journal);
    await writeFileDurably(journal, good.map((l) => `${l}\n`).join(''));
    actions.push(`cut ${journal} back to its first ${good.length} good lines`);
  }
  const repaired = await readsFine(file);
  if (!repaired) return { status: 'no-backup', file, problem: 'the store still does not read after repair' };
  return { status: 'restored', file, actions, damagedCopies, claims: repaired.claims.length };
}
