// The few file-system calls the store makes, as one object: production passes Node's, and the fault-injection
// tests (tests/server/store-faults.test.ts) pass one whose writes stop after k bytes with ENOSPC, or whose fsync or
// rename fails. Also the durable-write helpers built on it.
import { access, link, open, readFile, rename, truncate, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface StoreFileHandle {
  write(data: Uint8Array): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreFs {
  open(path: string, flags: 'a' | 'w' | 'r' | 'r+'): Promise<StoreFileHandle>;
  readFile(path: string): Promise<Buffer>;
  truncate(path: string, length: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  unlink(path: string): Promise<void>;
  access(path: string): Promise<void>;
}

export const nodeFs: StoreFs = {
  open: (path, flags) => open(path, flags),
  readFile: (path) => readFile(path),
  truncate: (path, length) => truncate(path, length),
  rename: (from, to) => rename(from, to),
  link: (existing, path) => link(existing, path),
  unlink: (path) => unlink(path),
  access: (path) => access(path),
};

export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Writes all of `data` (a write may take only part of it: the rest is written next, or its error thrown). */
export async function writeAll(handle: StoreFileHandle, data: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < data.length) offset += (await handle.write(data.subarray(offset))).bytesWritten;
}

/** Opens `path`, runs `use` on it and flushes it to disk; closes it whatever happens. */
export async function withSyncedFile(fs: StoreFs, path: string, flags: 'a' | 'w' | 'r' | 'r+', use: (handle: StoreFileHandle) => Promise<void>) {
  const handle = await fs.open(path, flags);
  try {
    await use(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A rename or a new file's name is durable only once the folder holding it is flushed too. */
export const fsyncDir = (fs: StoreFs, file: string) => withSyncedFile(fs, dirname(file), 'r', async () => {});

/** Cuts `path` back to `length` bytes and flushes it, so that the cut survives a crash. */
export const truncateDurably = async (fs: StoreFs, path: string, length: number) => {
  await fs.truncate(path, length);
  await withSyncedFile(fs, path, 'r+', async () => {});
};
