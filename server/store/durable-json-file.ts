// Writing a store file durably (temporary file, flush, rename, flush of the folder: a crash leaves the old or the new
// file whole) and the error that stops start-up when a store file cannot be used, naming the file and the line.
import { fsyncDir, isMissing, nodeFs, withSyncedFile, writeAll, type StoreFs } from './store-fs.ts';

/** The store file exists but cannot be used; the server must stop rather than overwrite it. */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    /** The line of a journal that is damaged, counted from 1. */
    readonly line?: number,
  ) {
    super(
      `Store file ${file} cannot be used: ${line ? `line ${line}: ` : ''}${problem}. No file was changed. ` +
        `To repair the store (damaged files are kept beside it), run: npm run repair`,
    );
    this.name = 'StoreFileError';
  }
}

/** The previous version of a store file, kept beside it for `npm run repair`. */
export const backupPath = (file: string) => `${file}.bak`;

export interface DurableWriteOptions {
  /** Keep the version being replaced beside it as `<file>.bak` (a hard link: no copy is made). */
  keepBackup?: boolean;
  fs?: StoreFs;
  /** Called after each step, for the compaction crash test (tests/server/compaction-crash.test.ts). */
  onStep?: (step: 'temp-written' | 'backup-linked' | 'renamed' | 'folder-synced') => void;
}

/** Keeps `file` as `<file>.bak`: linked under a temporary name and renamed over the old backup, so some backup is there at every moment. */
async function linkBackup(fs: StoreFs, file: string): Promise<void> {
  const backup = backupPath(file);
  await fs.unlink(`${backup}.link`).catch((error: unknown) => {
    if (!isMissing(error)) throw error;
  });
  const linked = await fs.link(file, `${backup}.link`).then(
    () => true,
    (error: unknown) => {
      if (isMissing(error)) return false;
      throw error;
    },
  );
  if (linked) await fs.rename(`${backup}.link`, backup);
}

/** Writes `contents` to `file` so that a crash at any moment leaves either the old or the new file whole. */
export async function writeFileDurably(file: string, contents: string, options: DurableWriteOptions = {}): Promise<void> {
  const { fs = nodeFs, onStep = () => {} } = options;
  const temp = `${file}.tmp`;
  try {
    await withSyncedFile(fs, temp, 'w', (handle) => writeAll(handle, Buffer.from(contents, 'utf8')));
    onStep('temp-written');
    if (options.keepBackup) await linkBackup(fs, file);
    onStep('backup-linked');
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => {}); // a temporary file left over is worthless; the write's error is the one to report
    throw error;
  }
  onStep('renamed');
  await fsyncDir(fs, file);
  onStep('folder-synced');
}
