// A whole desk into PostgreSQL and back (server/store/postgres/transfer.ts): the same StoreData out as in, insertion
// order in `seq`, removed sources kept as deleted placeholders, all or nothing, and what counts as empty.
import { sql } from 'kysely';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Claim, type StoreData } from '../../domain/schemas.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { clear, exportStoreData, importStoreData, isEmpty } from '../../server/store/postgres/transfer.ts';
import { buildStoreData } from '../support/builders.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';
import { richDesk } from '../support/transfer-desk.ts';

/** `count` claims on one article, their ids out of sort order, enough for several insert batches. */
function manyClaims(count: number): StoreData {
  const data = richDesk();
  const template = data.claims[1]!;
  const claims: Claim[] = Array.from({ length: count }, (_, i) => ({ ...template, id: `m-${(i * 7919) % count}`, start: i % 50, end: (i % 50) + 3 }));
  return { ...data, claims, audit: [] };
}

describeWithPostgres('moving a desk into PostgreSQL and out', () => {
  const test = useTestDatabase();
  beforeAll(async () => {
    await migrateToLatest(test.db);
  });
  beforeEach(async () => {
    await clear(test.db);
  });

  it('reads back exactly the desk it wrote', async () => {
    const desk = richDesk();
    await importStoreData(test.db, desk);
    expect(await exportStoreData(test.db)).toStrictEqual(desk);
  });

  it('numbers articles, claims and audit entries in the order of their arrays', async () => {
    const desk = richDesk();
    await importStoreData(test.db, desk);
    const ids = async (table: 'articles' | 'claims' | 'audit_entries') =>
      (await test.db.selectFrom(table).select('id').orderBy('seq').execute()).map((r) => r.id);
    expect(await ids('articles')).toEqual(desk.articles.map((a) => a.id));
    expect(await ids('claims')).toEqual(desk.claims.map((c) => c.id));
    expect(await ids('audit_entries')).toEqual(desk.audit.map((e) => e.id));
  });

  it('keeps the order of thousands of claims across insert batches', { timeout: 60_000 }, async () => {
    const desk = manyClaims(6_000);
    await importStoreData(test.db, desk);
    const out = await exportStoreData(test.db);
    expect(out.claims.map((c) => c.id)).toEqual(desk.claims.map((c) => c.id));
    expect(out).toStrictEqual(desk);
  });

  it('keeps a source lowdb removed as a deleted placeholder, and leaves it out again on export', async () => {
    const desk = richDesk();
    await importStoreData(test.db, desk);
    const placeholders = await test.db.selectFrom('sources').selectAll().where('deleted_at', 'is not', null).orderBy('id').execute();
    expect(placeholders.map((s) => ({ id: s.id, name: s.name, created: s.created_at, deleted: s.deleted_at }))).toEqual([
      { id: 'removed-agency', name: 'removed-agency', created: desk.claims.find((c) => c.id === 'c-removed-3')!.createdAt, deleted: desk.claims.find((c) => c.id === 'c-removed-3')!.updatedAt },
      // First claim's creation, last claim's change.
      { id: 'removed-ministry', name: 'removed-ministry', created: desk.claims.find((c) => c.id === 'c-removed-1')!.createdAt, deleted: desk.claims.find((c) => c.id === 'c-removed-2')!.updatedAt },
    ]);
    expect((await exportStoreData(test.db)).sources.map((s) => s.id)).toEqual(desk.sources.map((s) => s.id));
  });

  it('writes nothing when one row is refused', async () => {
    const desk = richDesk();
    const broken = { ...desk, audit: [...desk.audit, { ...desk.audit[0]!, id: 'e-orphan', claimId: 'no-such-claim' }] };
    await expect(importStoreData(test.db, broken)).rejects.toThrow(/foreign key/);
    expect(await isEmpty(test.db)).toBe(true);
    expect(await exportStoreData(test.db)).toStrictEqual(buildStoreData({ sources: [], articles: [] }));
  });

  it('refuses to import over a desk unless told to replace it', async () => {
    await importStoreData(test.db, richDesk());
    await expect(importStoreData(test.db, buildStoreData())).rejects.toThrow(/already holds a desk/);
    await importStoreData(test.db, buildStoreData(), { replace: true });
    expect(await exportStoreData(test.db)).toStrictEqual(buildStoreData());
    const [first] = await test.db.selectFrom('articles').select('seq').execute();
    expect(first!.seq).toBe(1); // replaced, not appended to
  });

  it('calls a desk empty with no articles, claims, users or sources and default settings', async () => {
    expect(await isEmpty(test.db)).toBe(true);
    await sql`update settings set newsroom_name = 'Elsewhere'`.execute(test.db);
    expect(await isEmpty(test.db)).toBe(false);
    await clear(test.db);
    expect(await isEmpty(test.db)).toBe(true);
    expect((await exportStoreData(test.db)).settings).toEqual(DEFAULT_SETTINGS);
    await importStoreData(test.db, buildStoreData({ articles: [] }));
    expect(await isEmpty(test.db)).toBe(false);
  });

  it('clears the sign-in counters with the desk', async () => {
    await test.db.insertInto('sign_in_attempts').values({ key: 'ip:127.0.0.1', hits: 3, reset_at: new Date().toISOString() }).execute();
    await clear(test.db);
    expect(await test.db.selectFrom('sign_in_attempts').selectAll().execute()).toEqual([]);
  });
});
