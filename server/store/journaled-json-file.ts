// A lowdb adapter that writes only what changed: each write appends its operations to `<file>.journal` as one
// numbered, checksummed line (journal-format.ts) and flushes it. Once the journal passes a size mark the snapshot
// `<file>` is rewritten and the journal set aside, every step crash-safe. Reading replays the journal over the
// snapshot and changes no file. A failed append is cut off before anything else is written.
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { StoreData } from '../../domain/schemas.ts';
import { StoreFileError, backupPath, writeFileDurably } from './durable-json-file.ts';
import { formatLine, formatSnapshot, lastSeq, scanJournal, selectReplay, splitSnapshot } from './journal-format.ts';
import { applyOps, diffStore } from './store-diff.ts';
import { storeUnavailable, writeFailed } from './store-errors.ts';
import { fsyncDir, isMissing, nodeFs, truncateDurably, withSyncedFile, writeAll, type StoreFs } from './store-fs.ts';

/** The steps of a snapshot rewrite, in order; a crash between any two leaves a store that reads whole. */
export const COMPACTION_STEPS = ['temp-written', 'backup-linked', 'renamed', 'folder-synced', 'journal-set-aside'] as const;
export type CompactionStep = (typeof COMPACTION_STEPS)[number];

export const DEFAULT_COMPACT_AFTER_BYTES = 16 * 1024 * 1024;

export interface JournalOptions {
  fs?: StoreFs;
  /** The journal size past which the snapshot is rewritten. */
  compactAfterBytes?: number;
  /** Called after each step of a snapshot rewrite (the crash test kills the process there). */
  onCompactionStep?: (step: CompactionStep) => void;
  /** Where a failed snapshot rewrite or backup is reported (console.error by default); neither loses a change. */
  log?: (message: string) => void;
}

/** The journal of the changes a snapshot `<file>.bak` was followed by, kept for `npm run repair`. */
export const journalBackupPath = (file: string) => `${file}.journal.bak`;

export async function readBytes(fs: StoreFs, file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isMissing(error)) return null;
    throw new StoreFileError(file, (error as Error).message);
  }
}

/** Parses a snapshot's text; throws StoreFileError naming it when it is not JSON. */
export function parseSnapshot(file: string, text: string): { state: Record<string, unknown>; seq: number | null } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StoreFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StoreFileError(file, 'it is not a JSON object');
  return splitSnapshot(json as Record<string, unknown>);
}

export class JournaledJsonFile implements Adapter<StoreData> {
  readonly journal: string;
  private readonly fs: StoreFs;
  /** The state the files on disk hold: writes are diffed against it. */
  private onDisk: StoreData | null = null;
  /** The number of the last change on disk. */
  private seq = 0;
  /** The length of the journal's acknowledged lines; any byte past it is from a write that failed or was torn. */
  private goodBytes = 0;
  private mustCut = false;

  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<StoreData>,
    private readonly options: JournalOptions = {},
  ) {
    this.journal = `${file}.journal`;
    this.fs = options.fs ?? nodeFs;
  }

  async read(): Promise<StoreData | null> {
    const text = await readBytes(this.fs, this.file);
    if (text === null) return null;
    const { state, seq } = parseSnapshot(this.file, text.toString('utf8'));
    const journalBytes = (await readBytes(this.fs, this.journal)) ?? Buffer.alloc(0);
    const { lines, completeBytes } = scanJournal(journalBytes);
    const selected = selectReplay(lines, seq);
    if ('problem' in selected) throw new StoreFileError(this.journal, selected.problem.problem, selected.problem.line);
    applyOps(state, selected.replay.map((line) => line.ops));
    const parsed = this.schema.safeParse(state);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const problem = `it does not match the store schema at "${issue.path.join('.')}": ${issue.message}`;
      throw new StoreFileError(this.file, selected.replay.length > 0 ? `${problem} (once the changes of ${this.journal} are replayed)` : problem);
    }
    // Everything read fine: only now may files be written (a refused start changes nothing). A backup that cannot be
    // written (a full disk) does not stop the store: it is tried again at the next start.
    await this.ensureBackup(text).catch((error: unknown) =>
      this.log(`Store: no backup ${backupPath(this.file)} could be written (${(error as Error).message}).`),
    );
    this.onDisk = parsed.data;
    this.seq = Math.max(seq ?? 0, lastSeq(lines) ?? 0);
    this.goodBytes = completeBytes;
    this.mustCut = journalBytes.length !== completeBytes; // a torn last line: cut off before the next append
    return parsed.data;
  }

  async write(data: StoreData): Promise<void> {
    if (this.onDisk === null) {
      await this.compact(data);
      await this.ensureBackup(Buffer.from(formatSnapshot(data, this.seq)));
      return;
    }
    const ops = diffStore(this.onDisk, data);
    if (ops.length > 0) {
      await this.cutToGoodLength();
      const line = Buffer.from(formatLine(this.seq + 1, ops), 'utf8');
      try {
        await withSyncedFile(this.fs, this.journal, 'a', (handle) => writeAll(handle, line));
        if (this.goodBytes === 0) await fsyncDir(this.fs, this.journal); // the journal may be new: make its name durable
      } catch (error) {
        this.mustCut = true;
        await this.cutToGoodLength();
        throw writeFailed(error);
      }
      this.seq += 1;
      this.goodBytes += line.length;
    }
    this.onDisk = data;
    if (this.goodBytes >= (this.options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES)) {
      // The change is safe in the journal and is acknowledged whatever happens here: a rewrite that fails is retried.
      await this.compact(data).catch((error: unknown) =>
        this.log(`Store: the snapshot ${this.file} could not be rewritten (${(error as Error).message}); the journal keeps every change, and the rewrite is tried again on the next write.`),
      );
    }
  }

  private log(message: string): void {
    (this.options.log ?? console.error)(message);
  }

  /** After a failed or torn append, cuts the journal back to its acknowledged lines, or refuses the write with a 503. */
  private async cutToGoodLength(): Promise<void> {
    if (!this.mustCut) return;
    try {
      await truncateDurably(this.fs, this.journal, this.goodBytes);
    } catch (error) {
      if (!(isMissing(error) && this.goodBytes === 0)) throw storeUnavailable(this.journal, error);
    }
    this.mustCut = false;
  }

  /** A snapshot known to be good is kept beside the store for `npm run repair`, if none is there yet. */
  private async ensureBackup(text: Buffer): Promise<void> {
    const backup = backupPath(this.file);
    const present = await this.fs.access(backup).then(() => true, () => false);
    if (!present) await writeFileDurably(backup, text.toString('utf8'), { fs: this.fs });
  }

  /**
   * Rewrites the snapshot with every change up to `seq`, keeping the old one as `.bak`, then sets the journal aside
   * as `.journal.bak` (it holds what follows `.bak`). A crash after the rename leaves a journal whose lines the new
   * snapshot already holds: their numbers are not above its `journalSeq`, so they are not replayed.
   */
  private async compact(data: StoreData): Promise<void> {
    const step = this.options.onCompactionStep ?? (() => {});
    await writeFileDurably(this.file, formatSnapshot(data, this.seq), { keepBackup: true, fs: this.fs, onStep: step });
    this.onDisk = data;
    if (this.goodBytes === 0 && !this.mustCut) return;
    await this.fs.rename(this.journal, journalBackupPath(this.file)).catch((error: unknown) => {
      if (!isMissing(error)) throw error;
    });
    this.goodBytes = 0;
    this.mustCut = false;
    await fsyncDir(this.fs, this.journal);
    step('journal-set-aside');
  }
}
