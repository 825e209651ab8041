// Export ids (issue 15): a urn:uuid v5 named by what the export holds, so that each export has its own id, the same
// content always gets the same one, and each page of a collection has its own.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { claimVersionsDigest, exportId, exportPageId, type ExportIdParts } from '../../../domain/reports/export-id.ts';

const UUID_V5 = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const claims = [
  { id: 'c-2', version: 3 },
  { id: 'c-10', version: 1 },
  { id: 'c-1', version: 2 },
];
const parts = (overrides: Partial<ExportIdParts> = {}): ExportIdParts => ({
  versionsDigest: claimVersionsDigest(claims),
  scope: { articleId: 'a-1', approved: 'only' },
  format: 'webannotation',
  language: 'ar',
  ...overrides,
});

describe('claimVersionsDigest', () => {
  it('is the SHA-256 of the "id:version" lines sorted by id, whatever order the claims come in', () => {
    expect(claimVersionsDigest([...claims].reverse())).toBe(claimVersionsDigest(claims));
    // sha256("c-1:2\nc-10:1\nc-2:3\n"), as PostgreSQL's referencesQuery computes it
    expect(claimVersionsDigest(claims)).toBe(createHash('sha256').update('c-1:2\nc-10:1\nc-2:3\n').digest('hex'));
  });

  it('changes with a claim\'s version, and with a claim more or less', () => {
    const base = claimVersionsDigest(claims);
    expect(claimVersionsDigest([{ id: 'c-2', version: 4 }, ...claims.slice(1)])).not.toBe(base);
    expect(claimVersionsDigest(claims.slice(1))).not.toBe(base);
    expect(claimVersionsDigest([])).not.toBe(base);
  });
});

describe('exportId', () => {
  it('is a urn:uuid of a version 5 UUID', () => {
    expect(exportId(parts())).toMatch(UUID_V5);
  });

  it('is the same for the same published versions, scope, format and language, whatever the scope\'s key order', () => {
    expect(exportId(parts({ scope: { approved: 'only', articleId: 'a-1', verdict: undefined } }))).toBe(exportId(parts()));
  });

  it.each([
    ['a claim version', { versionsDigest: claimVersionsDigest([{ id: 'c-1', version: 3 }]) }],
    ['the scope', { scope: { articleId: 'a-2', approved: 'only' } }],
    ['the part', { scope: { articleId: 'a-1', approved: 'only', part: 2 } }],
    ['the format', { format: 'json' }],
    ['the language', { language: 'fr' }],
  ] as const)('differs when %s differs', (_what, overrides) => {
    expect(exportId(parts(overrides))).not.toBe(exportId(parts()));
  });
});

describe('exportPageId', () => {
  it('gives each page of each collection its own UUID, the same every time', () => {
    const a = exportId(parts());
    const b = exportId(parts({ language: 'en' }));
    const pages = [exportPageId(a, 1), exportPageId(a, 2), exportPageId(b, 1)];
    for (const page of pages) expect(page).toMatch(UUID_V5);
    expect(new Set([...pages, a, b]).size).toBe(5);
    expect(exportPageId(a, 1)).toBe(pages[0]);
  });
});
