// What a change needs from the outside world, passed in so that services stay pure and tests stay exact.
export interface ChangeContext {
  /** ISO timestamp of this change. */
  now: string;
  newId: () => string;
  /** Who makes the change; null only for changes no person makes (seeding, tests of the bare services). */
  userId: string | null;
}
