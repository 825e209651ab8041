// The store serialises changes, refuses a failing change alone, and commits concurrent changes together.
import { describe, expect, it } from 'vitest';
import { Low } from 'lowdb';
import type { StoreData } from '../../domain/schemas.ts';
import { LowStore, createMemoryStore } from '../../server/store/low-store.ts';
import { buildSource, buildStoreData } from '../support/builders.ts';

const addSource = (id: string) => (data: StoreData) => ({
  data: { ...data, sources: [...data.sources, buildSource({ id, name: id })] },
  result: id,
});

describe('LowStore', () => {
  it('loses no change when many run at once', async () => {
    const store = createMemoryStore(buildStoreData({ sources: [] }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.update(addSource(`s${i}`))));
    expect(store.read().sources.map((s) => s.id).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `s${i}`).sort());
  });

  it('refuses a throwing change alone and keeps the others of its batch', async () => {
    const store = createMemoryStore(buildStoreData({ sources: [] }));
    const results = await Promise.allSettled([
      store.update(addSource('a')),
      store.update(() => {
        throw new Error('refused');
      }),
      store.update(addSource('b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.read().sources.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('writes concurrent changes in one file write and answers only after it', async () => {
    const writes: StoreData[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const adapter = {
      read: async () => null,
      write: async (data: StoreData) => {
        writes.push(data);
        await gate;
      },
    };
    const store = new LowStore(new Low<StoreData>(adapter, buildStoreData({ sources: [] })));
    let answered = 0;
    const first = store.update(addSource('first')).then(() => answered++);
    await Promise.resolve();
    const rest = Array.from({ length: 5 }, (_, i) => store.update(addSource(`later${i}`)).then(() => answered++));
    expect(answered).toBe(0);
    expect(store.read().sources).toEqual([]); // nothing is visible before it is written
    release();
    await Promise.all([first, ...rest]);
    expect(answered).toBe(6);
    expect(writes).toHaveLength(2); // the first alone, then the five that queued behind it together
    expect(writes[1]!.sources).toHaveLength(6);
  });

  it('keeps the old state when the write fails', async () => {
    const adapter = { read: async () => null, write: async () => Promise.reject(new Error('disk full')) };
    const store = new LowStore(new Low<StoreData>(adapter, buildStoreData({ sources: [] })));
    await expect(store.update(addSource('x'))).rejects.toThrow('disk full');
    expect(store.read().sources).toEqual([]);
  });
});
