// What a change needs from the outside world, passed in so that services stay pure and tests stay exact.
export interface ChangeContext {
  /** ISO timestamp of this change. */
  now: string;
  newId: () => string;
}
