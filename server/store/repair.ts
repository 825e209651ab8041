// Restores a store that something else damaged. A snapshot that does not read is replaced by the copy kept beside it
// (`.bak`), and the changes that followed that copy (`.journal.bak`, then the journal) are replayed over it. A journal
// line that is damaged or altered is skipped alone: each line holds whole records (store-diff.ts), so the lines after
// it replay the same without it, and the records it touched keep their state from before it; their ids are listed.
// Damaged files are kept, renamed, so nothing is ever thrown away.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreDataSchema, type StoreData } from '../../domain/schemas.ts';
import { StoreFileError, backupPath, writeFileDurably } from './durable-json-file.ts';
import { STORE_FILE_NAME } from './file-store.ts';
import { formatLine, idsTouched, isDamaged, scanJournal, type GoodLine } from './journal-format.ts';
import { JournaledJsonFile, journalBackupPath, parseSnapshot, readBytes } from './journaled-json-file.ts';
import { nodeFs } from './store-fs.ts';

/** A journal line left out by repair: where it was, why, and the records it touched (`claims/<id>`, `settings`). */
export interface SkippedLine {
  file: string;
  line: number;
  problem: string;
  ids: string[];
}

export type RepairOutcome =
  | { status: 'healthy'; file: string }
  | { status: 'restored'; file: string; actions: string[]; damagedCopies: string[]; skipped: SkippedLine[]; claims: number }
  | { status: 'no-backup'; file: string; problem: string };

async function readsFine(file: string): Promise<StoreData | null> {
  try {
    return await new JournaledJsonFile(file, StoreDataSchema).read();
  } catch (error) {
    if (error instanceof StoreFileError) return null;
    throw error;
  }
}

/** A snapshot that reads on its own, with the last change it holds; null if it is missing or does not read. */
async function readSnapshot(file: string): Promise<{ text: string; seq: number | null } | null> {
  try {
    const bytes = await readBytes(nodeFs, file);
    if (!bytes) return null;
    const { state, seq } = parseSnapshot(file, bytes.toString('utf8'));
    return StoreDataSchema.safeParse(state).success ? { text: bytes.toString('utf8'), seq } : null;
  } catch (error) {
    if (error instanceof StoreFileError) return null;
    throw error;
  }
}

export async function repairStore(dataDir: string, now = new Date()): Promise<RepairOutcome> {
  const file = join(dataDir, STORE_FILE_NAME);
  const journal = `${file}.journal`;
  if (await readsFine(file)) return { status: 'healthy', file };
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const actions: string[] = [];
  const damagedCopies: string[] = [];
  const keepDamaged = async (path: string) => {
    const copy = `${path}.damaged-${stamp}`;
    await copyFile(path, copy);
    damagedCopies.push(copy);
  };

  // The snapshot alone must read: if it does not, take the last good copy and the journal that followed it.
  let base = await readSnapshot(file);
  const journals = [journal];
  if (!base) {
    base = await readSnapshot(backupPath(file));
    if (!base) return { status: 'no-backup', file, problem: `${file} does not read, and neither does ${backupPath(file)} (or it is missing)` };
    await keepDamaged(file);
    await writeFileDurably(file, base.text);
    actions.push(`restored ${file} from ${backupPath(file)}`);
    journals.unshift(journalBackupPath(file));
  }

  // The changes after the snapshot, in order; damaged lines are skipped one by one, never what follows them.
  const kept: GoodLine[] = [];
  const skipped: SkippedLine[] = [];
  for (const path of journals) {
    const bytes = await readBytes(nodeFs, path);
    if (!bytes) continue;
    for (const line of scanJournal(bytes).lines) {
      if (isDamaged(line)) skipped.push({ file: path, line: line.line, problem: line.problem, ids: idsTouched(line.text) });
      else if (base.seq === null || (line.seq !== null && line.seq > base.seq)) kept.push(line);
    }
  }
  for (const s of skipped) actions.push(`skipped line ${s.line} of ${s.file} (${s.problem}); it touched ${s.ids.join(', ') || 'no record that can be read'}`);
  // Numbers left free by skipped lines are filled with empty changes, so that the journal still counts without a gap.
  const filled: string[] = [];
  let previous = base.seq;
  const lines: string[] = [];
  for (const line of kept) {
    if (line.seq === null) {
      lines.push(JSON.stringify(line.ops) + '\n');
      continue;
    }
    if (previous !== null && line.seq > previous + 1) {
      const numbers = line.seq - 1 > previous + 1 ? `changes ${previous + 1} to ${line.seq - 1}` : `change ${previous + 1}`;
      filled.push(`kept ${numbers} as empty (the line was skipped or is missing), so that the journal counts without a gap`);
      for (let seq = previous + 1; seq < line.seq; seq++) lines.push(formatLine(seq, []));
    }
    if (previous === null || line.seq > previous) lines.push(formatLine(line.seq, line.ops));
    previous = Math.max(previous ?? line.seq, line.seq);
  }
  if ((await readBytes(nodeFs, journal)) !== null) await keepDamaged(journal);
  await writeFileDurably(journal, lines.join(''));
  actions.push(...filled, `rewrote ${journal} with the ${kept.length} changes that follow the snapshot`);

  const repaired = await readsFine(file);
  if (!repaired) return { status: 'no-backup', file, problem: 'the store still does not read after repair' };
  return { status: 'restored', file, actions, damagedCopies, skipped, claims: repaired.claims.length };
}
