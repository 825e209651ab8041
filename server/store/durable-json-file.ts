// A lowdb adapter for the store file that is durable and says what went wrong: it writes a temporary file,
// flushes it to disk, renames it over the old one and flushes the folder, and every read error names the file.
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';

/** The store file exists but cannot be used; the server must stop rather than overwrite it. */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `Store file ${file} cannot be used: ${problem}. The file was left untouched. ` +
        `To restore the last good copy kept beside it (${file}.bak), run: npm run repair`,
    );
    this.name = 'StoreFileError';
  }
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const ignoreMissing = (error: NodeJS.ErrnoException) => {
  if (error.code !== 'ENOENT') throw error;
};

/** The previous version of a store file, kept beside it for `npm run repair`. */
export const backupPath = (file: string) => `${file}.bak`;

/**
 * Writes `contents` to `file` so that a crash at any moment leaves either the old or the new file whole.
 * With `keepBackup`, the version being replaced stays beside it as `<file>.bak` (a hard link: no copy is made).
 */
export async function writeFileDurably(file: string, contents: string, { keepBackup = false } = {}): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(contents, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (keepBackup) {
    await unlink(backupPath(file)).catch(ignoreMissing);
    await link(file, backupPath(file)).catch(ignoreMissing);
  }
  await rename(temp, file);
  // The rename is only durable once the folder's entry is flushed too.
  await fsyncPath(dirname(file), 'r');
}

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  /** Returns null when the file does not exist yet; throws StoreFileError for anything unreadable. */
  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreFileError(this.file, (error as Error).message);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new StoreFileError(this.file, `it is not valid JSON (${(error as Error).message})`);
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new StoreFileError(this.file, `it does not match the store schema at "${issue.path.join('.')}": ${issue.message}`);
    }
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, 2) + '\n', { keepBackup: true });
  }
}
