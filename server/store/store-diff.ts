// The difference between two store states as a list of operations, found by object identity (changes build new
// objects and arrays and keep the untouched ones), and the replay of such operations. The journal is made of these.
import type { StoreData } from '../../domain/schemas.ts';

type Collection = 'sources' | 'articles' | 'claims' | 'users' | 'sessions' | 'audit' | 'sourceAudit' | 'rejectedSuggestions' | 'publications' | 'ratingScaleChanges';
type Field = 'schemaVersion' | 'settings' | 'ratingScale';

export type StoreOp =
  | { op: 'set'; field: Field; value: unknown }
  | { op: 'upsert'; in: Collection; value: unknown }
  | { op: 'remove'; in: Collection; key: string };

type Item = Record<string, unknown>;
const KEYS: Record<Collection, (item: Item) => string> = {
  sources: (i) => i.id as string,
  articles: (i) => i.id as string,
  claims: (i) => i.id as string,
  users: (i) => i.id as string,
  audit: (i) => i.id as string,
  sourceAudit: (i) => i.id as string,
  sessions: (i) => i.tokenHash as string,
  rejectedSuggestions: (i) => `${i.articleId as string}\u0000${i.key as string}`,
  publications: (i) => i.id as string,
  ratingScaleChanges: (i) => i.id as string,
};
const COLLECTIONS = Object.keys(KEYS) as Collection[];
const FIELDS: Field[] = ['schemaVersion', 'settings', 'ratingScale'];

export function diffStore(before: StoreData, after: StoreData): StoreOp[] {
  const ops: StoreOp[] = [];
  for (const field of FIELDS) if (before[field] !== after[field]) ops.push({ op: 'set', field, value: after[field] });
  for (const name of COLLECTIONS) {
    const prev = before[name] as unknown as Item[];
    const next = after[name] as unknown as Item[];
    if (prev === next) continue;
    const key = KEYS[name];
    // A change appends, replaces or removes a few items and keeps the rest in place: the same objects at the start
    // and at the end of both arrays are skipped by identity, and only the windows between are compared. (An item is
    // never in both a window and the kept part, since keys are unique.) A write at 50k claims thus compares pointers
    // instead of building two sets of every claim and audit entry.
    let start = 0;
    while (start < prev.length && start < next.length && prev[start] === next[start]) start += 1;
    let prevEnd = prev.length;
    let nextEnd = next.length;
    while (prevEnd > start && nextEnd > start && prev[prevEnd - 1] === next[nextEnd - 1]) {
      prevEnd -= 1;
      nextEnd -= 1;
    }
    const gone = prev.slice(start, prevEnd);
    const come = next.slice(start, nextEnd);
    const old = new Set(gone);
    for (const item of come) if (!old.has(item)) ops.push({ op: 'upsert', in: name, value: item });
    const kept = new Set(come.map(key));
    for (const item of gone) if (!kept.has(key(item))) ops.push({ op: 'remove', in: name, key: key(item) });
  }
  return ops;
}

/** Applies journal operations to a state read from disk (mutating it). Replaying an operation twice changes nothing. */
export function applyOps(data: Record<string, unknown>, batches: StoreOp[][]): void {
  const indexes = new Map<Collection, Map<string, number>>();
  const indexOf = (name: Collection) => {
    let index = indexes.get(name);
    if (!index) {
      const items = (data[name] ??= []) as Item[];
      index = new Map(items.map((item, i) => [KEYS[name](item), i]));
      indexes.set(name, index);
    }
    return index;
  };
  for (const ops of batches) {
    for (const op of ops) {
      if (op.op === 'set') {
        data[op.field] = op.value;
        continue;
      }
      const items = (data[op.in] ??= []) as Item[];
      const index = indexOf(op.in);
      if (op.op === 'upsert') {
        const k = KEYS[op.in](op.value as Item);
        const at = index.get(k);
        if (at === undefined) index.set(k, items.push(op.value as Item) - 1);
        else items[at] = op.value as Item;
      } else if (index.has(op.key)) {
        data[op.in] = items.filter((item) => KEYS[op.in](item) !== op.key);
        indexes.delete(op.in);
      }
    }
  }
}
