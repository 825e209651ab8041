// Helpers for the store's durability tests: a file system whose next write stops after k bytes (ENOSPC, EIO), whose
// fsync, rename or truncate fails on demand; a claim written through the real service; a hash of a whole folder.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClaim } from '../../server/services/claims.ts';
import { createLowRepositoryStore } from '../../server/store/low-repositories.ts';
import type { StateStore } from '../../server/store/store.ts';
import { nodeFs, type StoreFs } from '../../server/store/store-fs.ts';
import { T0 } from './builders.ts';

const fsError = (code: string, syscall: string) => Object.assign(new Error(`${code}: injected failure, ${syscall}`), { code, syscall });

export interface Faults {
  /** The next write to a file whose name ends with `file` stores `bytes` bytes, then fails with `code`; once. */
  write?: { bytes: number; code: 'ENOSPC' | 'EIO'; file?: string };
  /** The next fsync of a file fails with EIO; once. */
  sync?: boolean;
  /** Every rename fails with EIO while set. */
  rename?: boolean;
  /** Every truncate fails with EIO while set. */
  truncate?: boolean;
}

/** A StoreFs over Node's that fails as `faults` says; set its fields between calls. */
export function faultyFs(): { fs: StoreFs; faults: Faults } {
  const faults: Faults = {};
  const fs: StoreFs = {
    ...nodeFs,
    open: async (path, flags) => {
      const handle = await nodeFs.open(path, flags);
      return {
        write: async (data) => {
          const plan = faults.write;
          if (!plan || !path.endsWith(plan.file ?? '.journal')) return handle.write(data);
          if (plan.bytes === 0) {
            delete faults.write;
            throw fsError(plan.code, 'write');
          }
          const n = Math.min(plan.bytes, data.length);
          plan.bytes -= n;
          return handle.write(data.subarray(0, n));
        },
        sync: async () => {
          if (faults.sync) {
            delete faults.sync;
            throw fsError('EIO', 'fsync');
          }
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      if (faults.rename) throw fsError('EIO', 'rename');
      return nodeFs.rename(from, to);
    },
    truncate: async (path, length) => {
      if (faults.truncate) throw fsError('EIO', 'truncate');
      return nodeFs.truncate(path, length);
    },
  };
  return { fs, faults };
}

/** Adds a claim with the id `id` to the demo article through the claims service, as the API does. */
export function addClaim(store: StateStore, id: string, note = '') {
  let ids = 0;
  const newId = () => (ids++ === 0 ? id : `${id}-${ids}`); // the claim's id, then its audit entry's
  const article = store.read().articles[0]!;
  return createLowRepositoryStore(store).transaction((tx) => {
    return createClaim(tx, article.id, { start: 0, end: 4, exact: article.text.slice(0, 4), sourceId: 'kremlin', verdict: 'unreviewed', note, evidence: [] }, { now: T0, newId, userId: null });
  });
}

/** One hash of every file's name and bytes in `dir`, to show that nothing in it changed. */
export async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).sort()) hash.update(name).update('\0').update(await readFile(join(dir, name))).update('\0');
  return hash.digest('hex');
}
