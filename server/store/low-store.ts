// The Store over lowdb: changes queue up and are applied one at a time to the committed state; all changes
// waiting when a write starts are committed together in one file write (group commit), and each caller is
// answered only once the write holding its change has finished.
import { Low, Memory } from 'lowdb';
import type { StoreData } from '../../domain/schemas.ts';
import type { Change, StateStore } from './store.ts';

interface Pending {
  change: (data: StoreData) => Change<unknown> | Promise<Change<unknown>>;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

export class LowStore implements StateStore {
  private committed: StoreData;
  private readonly pending: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Low<StoreData>) {
    this.committed = db.data;
  }

  read(): StoreData {
    return this.committed;
  }

  update<T>(change: (data: StoreData) => Change<T> | Promise<Change<T>>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ change, resolve: resolve as (r: unknown) => void, reject });
      this.flushing ??= this.flush();
    });
  }

  async idle(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0) await this.commitBatch(this.pending.splice(0));
    } finally {
      this.flushing = null;
    }
  }

  private async commitBatch(batch: Pending[]): Promise<void> {
    let data = this.committed;
    const applied: Array<{ item: Pending; result: unknown }> = [];
    for (const item of batch) {
      try {
        const next = await item.change(data);
        data = next.data;
        applied.push({ item, result: next.result });
      } catch (error) {
        item.reject(error); // this change alone is refused; the others in the batch go on
      }
    }
    if (applied.length === 0) return;
    this.db.data = data;
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = this.committed;
      for (const { item } of applied) item.reject(error);
      return;
    }
    this.committed = data;
    for (const { item, result } of applied) item.resolve(result);
  }
}

/** A store kept in memory only, for unit tests. */
export function createMemoryStore(initial: StoreData): StateStore {
  const db = new Low<StoreData>(new Memory<StoreData>(), initial);
  return new LowStore(db);
}
