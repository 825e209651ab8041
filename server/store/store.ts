// The Store interface: the only way routes and services reach the data. Changes are functions from the
// current state to the next one, run one at a time; a change that throws leaves the state untouched.
import type { StoreData } from '../../domain/schemas.ts';

export interface Change<T> {
  data: StoreData;
  result: T;
}

export interface Store {
  /** The last committed state. Treat it as immutable: changes build new arrays and objects. */
  read(): StoreData;
  /**
   * Runs `change` against the latest committed state and persists what it returns before resolving.
   * Concurrent calls are serialised, so no change is lost; if `change` or the write throws, nothing changes.
   */
  update<T>(change: (data: StoreData) => Change<T>): Promise<T>;
}
