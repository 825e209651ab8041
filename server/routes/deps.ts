// What every router is built from.
import type { ChangeContext } from '../services/context.ts';
import type { Store } from '../store/store.ts';

export interface RouteDeps {
  store: Store;
  /** A fresh timestamp and id source for each change. */
  context: () => ChangeContext;
}
