// The digest two stores are compared by (server/store/store-digest.ts): blind to key and array order, which carry no
// content, and changed by any change of content, in the kind that changed only.
import { describe, expect, it } from 'vitest';
import { canonicalJson, differingKinds, digestStoreData, ENTITY_KINDS } from '../../server/store/store-digest.ts';
import { buildStoreData } from '../support/builders.ts';
import { richDesk } from '../support/transfer-desk.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves undefined properties out, as JSON does', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: undefined }], c: null } })).toBe('{"a":{"c":null,"d":[{"z":1}]},"b":1}');
    expect(canonicalJson([undefined, 'é'])).toBe('[null,"é"]');
  });
});

describe('digestStoreData', () => {
  it('counts every kind of entity, settings as one', () => {
    const desk = richDesk();
    const digest = digestStoreData(desk);
    expect(Object.keys(digest)).toEqual([...ENTITY_KINDS]);
    expect(digest.settings.count).toBe(1);
    expect(digest.claims.count).toBe(desk.claims.length);
    expect(digest.rejectedSuggestions.count).toBe(3);
    expect(digest.claims.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the same whatever the order of keys and of entities', () => {
    const desk = richDesk();
    const shuffled = {
      ...desk,
      claims: [...desk.claims].reverse().map((c) => Object.fromEntries(Object.entries(c).reverse()) as typeof c),
      sources: desk.sources.map((s) => ({ ...s, names: Object.fromEntries(Object.entries(s.names).reverse()) })),
      rejectedSuggestions: [...desk.rejectedSuggestions].reverse(),
    };
    expect(differingKinds(digestStoreData(desk), digestStoreData(shuffled))).toEqual([]);
  });

  it.each([
    ['claims', (d: ReturnType<typeof richDesk>) => ({ ...d, claims: d.claims.map((c, i) => (i === 7 ? { ...c, version: c.version + 1 } : c)) })],
    ['sources', (d: ReturnType<typeof richDesk>) => ({ ...d, sources: d.sources.slice(1) })],
    ['settings', (d: ReturnType<typeof richDesk>) => ({ ...d, settings: { ...d.settings, newsroomUrl: null } })],
    ['audit', (d: ReturnType<typeof richDesk>) => ({ ...d, audit: d.audit.map((e, i) => (i === 0 ? { ...e, before: {} } : e)) })],
    ['sessions', (d: ReturnType<typeof richDesk>) => ({ ...d, sessions: [] })],
  ] as const)('tells a change in %s, and in nothing else', (kind, change) => {
    const desk = richDesk();
    expect(differingKinds(digestStoreData(desk), digestStoreData(change(desk)))).toEqual([kind]);
  });

  it('tells a deleted claim from a live one', () => {
    const desk = buildStoreData();
    const live = richDesk().claims[1]!;
    const a = digestStoreData({ ...desk, claims: [live] });
    const b = digestStoreData({ ...desk, claims: [{ ...live, deletedAt: live.updatedAt }] });
    expect(a.claims.count).toBe(b.claims.count);
    expect(a.claims.sha256).not.toBe(b.claims.sha256);
  });
});
