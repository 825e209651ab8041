// A lowdb adapter that writes only what changed: each write appends its operations to `<file>.journal` as one JSON
// line and flushes it; the whole snapshot `<file>` is rewritten (durably, keeping `.bak`) only when the journal has
// grown past a threshold. Reading replays the journal over the snapshot. A write costs O(change), not O(store).
import { access, open, readFile, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { StoreData } from '../../domain/schemas.ts';
import { StoreFileError, backupPath, writeFileDurably } from './durable-json-file.ts';
import { applyOps, diffStore, type StoreOp } from './store-diff.ts';

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreFileError(file, (error as Error).message);
  }
}

async function fsyncDir(path: string): Promise<void> {
  const handle = await open(dirname(path), 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * The complete lines of a journal. A last line without its newline was being written when the process died: it was
 * never acknowledged, so it is cut off (and the file truncated, so the next append starts on a fresh line).
 */
export async function readJournal(journal: string): Promise<{ batches: StoreOp[][]; bytes: number }> {
  const text = await readText(journal);
  if (!text) return { batches: [], bytes: 0 };
  const end = text.lastIndexOf('\n') + 1;
  if (end < text.length) {
    await truncate(journal, Buffer.byteLength(text.slice(0, end)));
  }
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  const batches = lines.map((line, i) => {
    try {
      return JSON.parse(line) as StoreOp[];
    } catch (error) {
      throw new StoreFileError(journal, `line ${i + 1} is not valid JSON (${(error as Error).message})`);
    }
  });
  return { batches, bytes: Buffer.byteLength(text.slice(0, end)) };
}

export class JournaledJsonFile implements Adapter<StoreData> {
  readonly journal: string;
  /** The state the files on disk hold: writes are diffed against it. */
  private onDisk: StoreData | null = null;
  private journalBytes = 0;

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<StoreData>,
    private readonly compactAfterBytes = 16 * 1024 * 1024,
  ) {
    this.journal = `${file}.journal`;
  }

  async read(): Promise<StoreData | null> {
    const text = await readText(this.file);
    if (text === null) return null;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw new StoreFileError(this.file, `it is not valid JSON (${(error as Error).message})`);
    }
    const { batches, bytes } = await readJournal(this.journal);
    applyOps(json, batches);
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = batches.length > 0 ? `${this.file} with its journal` : this.file;
      throw new StoreFileError(where, `it does not match the store schema at "${issue.path.join('.')}": ${issue.message}`);
    }
    await this.ensureBackup(text);
    this.onDisk = parsed.data;
    this.journalBytes = bytes;
    return parsed.data;
  }

  async write(data: StoreData): Promise<void> {
    if (this.onDisk === null || this.journalBytes >= this.compactAfterBytes) return this.compact(data);
    const ops = diffStore(this.onDisk, data);
    if (ops.length > 0) {
      const line = JSON.stringify(ops) + '\n';
      const handle = await open(this.journal, 'a');
      try {
        await handle.appendFile(line, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (this.journalBytes === 0) await fsyncDir(this.journal); // the journal may be new: make its name durable
      this.journalBytes += Buffer.byteLength(line);
    }
    this.onDisk = data;
  }

  /** A snapshot known to be good is kept beside the store for `npm run repair`, if none is there yet. */
  private async ensureBackup(text: string): Promise<void> {
    const backup = backupPath(this.file);
    const present = await access(backup).then(() => true, () => false);
    if (!present) await writeFileDurably(backup, text);
  }

  /** Rewrites the snapshot with everything, then empties the journal (replaying it again would change nothing). */
  private async compact(data: StoreData): Promise<void> {
    const text = JSON.stringify(data, null, 2) + '\n';
    await writeFileDurably(this.file, text, { keepBackup: true });
    await this.ensureBackup(text);
    await writeFileDurably(this.journal, '');
    this.onDisk = data;
    this.journalBytes = 0;
  }
}
