// A content hash of a store per kind of entity, so that two stores (a lowdb folder and a PostgreSQL database, before
// and after `npm run migrate-store`) can be compared without holding both in memory side by side: equal digests,
// equal content. Pure: no I/O, and nothing from the stores themselves.
import { createHash } from 'node:crypto';
import type { StoreData } from '../../domain/schemas.ts';

/** The kinds of entity a store holds, in the order reports print them. Settings count as one entity. */
export const ENTITY_KINDS = [
  'settings', 'users', 'sessions', 'sources', 'articles', 'claims', 'audit', 'sourceAudit', 'rejectedSuggestions', 'publications', 'ratingScale', 'ratingScaleChanges',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface KindDigest {
  count: number;
  /** SHA-256 (hex) of the canonical JSON of each entity, sorted by identity, one per line. */
  sha256: string;
}
export type StoreDigest = Record<EntityKind, KindDigest>;

/**
 * JSON with every object's keys sorted (by UTF-16 code units) at every depth, and what JSON leaves out left out
 * (undefined properties). Key order carries no meaning in the contract, and PostgreSQL's jsonb does not keep it.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort(byCodeUnits);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What identifies an entity of each kind: the order the digest sorts by, independent of array (insertion) order. */
const identity: { [K in Exclude<EntityKind, 'settings' | 'ratingScale'>]: (entity: StoreData[K][number]) => string } = {
  users: (u) => u.id,
  sessions: (s) => s.tokenHash,
  sources: (s) => s.id,
  articles: (a) => a.id,
  claims: (c) => c.id,
  audit: (e) => e.id,
  sourceAudit: (e) => e.id,
  // Ids cannot hold U+0000, so the pair sorts by article first, then key.
  rejectedSuggestions: (r) => `${r.articleId}\u0000${r.key}`,
  publications: (p) => p.id,
  ratingScaleChanges: (c) => c.id,
};

function digestOf(entities: readonly unknown[], key: (entity: never) => string): KindDigest {
  const keyed = entities.map((entity) => ({ key: key(entity as never), entity }));
  keyed.sort((a, b) => byCodeUnits(a.key, b.key));
  const hash = createHash('sha256');
  for (const { entity } of keyed) hash.update(`${canonicalJson(entity)}\n`);
  return { count: entities.length, sha256: hash.digest('hex') };
}

/** The count and content hash of each kind of entity in `data`. */
export function digestStoreData(data: StoreData): StoreDigest {
  const digest = {} as StoreDigest;
  for (const kind of ENTITY_KINDS) {
    if (kind === 'settings') digest[kind] = digestOf([data.settings], () => '');
    // The rating scale counts as one entity once a desk has edited it, none before (the default).
    else if (kind === 'ratingScale') digest[kind] = digestOf(data.ratingScale ? [data.ratingScale] : [], () => '');
    else digest[kind] = digestOf(data[kind], identity[kind] as (entity: never) => string);
  }
  return digest;
}

/** The kinds whose count or hash differ between `a` and `b` (none: the stores hold the same content). */
export function differingKinds(a: StoreDigest, b: StoreDigest): EntityKind[] {
  return ENTITY_KINDS.filter((kind) => a[kind].count !== b[kind].count || a[kind].sha256 !== b[kind].sha256);
}
