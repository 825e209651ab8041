// What a source's audit entry changed, for its history: the fields whose values differ between `before` and `after`,
// in the order the form shows them (the bookkeeping of ids and times left out), compared as values, whatever the
// order of their keys.
import { dequal } from 'dequal';

export const SOURCE_FIELDS = ['name', 'kind', 'country', 'names', 'aliases', 'sameAs', 'people', 'institutions'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields an `update` entry changed; none for anything that is not two sources. */
export function changedFields(before: unknown, after: unknown): SourceField[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  return SOURCE_FIELDS.filter((field) => !dequal(before[field] ?? null, after[field] ?? null));
}

/** The source a `merge` entry's source went into, and how many claims moved with it. */
export function mergedInto(after: unknown): { into: string; movedClaims: number } | null {
  if (!isRecord(after) || typeof after.into !== 'string') return null;
  return { into: after.into, movedClaims: typeof after.movedClaims === 'number' ? after.movedClaims : 0 };
}

/** The source a `delete` entry's claims went to, if it named one. */
export function deletedInto(after: unknown): { into: string; movedClaims: number } | null {
  if (!isRecord(after) || typeof after.movedClaimsTo !== 'string') return null;
  return { into: after.movedClaimsTo, movedClaims: typeof after.movedClaims === 'number' ? after.movedClaims : 0 };
}
