// The state store under lowdb: the whole StoreData in memory, changed by functions from the current state to the
// next, run one at a time; a change that throws leaves the state untouched. Only the lowdb repositories
// (low-repositories.ts), the store's own tools and tests use it: the app reaches data through repositories.ts.
import type { StoreData } from '../../domain/schemas.ts';

export interface Change<T> {
  data: StoreData;
  result: T;
}

export interface StateStore {
  /** The last committed state. Treat it as immutable: changes build new arrays and objects. */
  read(): StoreData;
  /**
   * Runs `change` against the latest committed state and persists what it returns before resolving.
   * Concurrent calls are serialised, so no change is lost; if `change` or the write throws, nothing changes.
   * An async change holds the queue until it settles: it must wait on nothing but the state it is given.
   */
  update<T>(change: (data: StoreData) => Change<T> | Promise<Change<T>>): Promise<T>;
  /** Resolves once every change queued so far is written (or refused). */
  idle(): Promise<void>;
}
