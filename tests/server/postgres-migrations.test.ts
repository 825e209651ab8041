// The PostgreSQL store's migrations: applied in order on an empty database and recorded, never twice, pending ones
// named; and the schema of 0001 refusing what the contract refuses.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type MigrationProvider } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationProvider, folderMigrationProvider, migrateToLatest, pendingMigrations } from '../../server/store/postgres/migrations.ts';
import { describeWithPostgres, useTestDatabase } from '../support/postgres.ts';
import { T0 } from '../support/builders.ts';
import { claimSearchText } from '../../domain/search-normalize.ts';
import { DEFAULT_SUGGESTION_THRESHOLD } from '../../domain/schemas.ts';

/** The real migrations and one more, as a later release would ship it. */
const withExtraMigration = (name: string): MigrationProvider => ({
  async getMigrations() {
    return { ...(await defaultMigrationProvider().getMigrations()), [name]: { up: async () => undefined } };
  },
});

const quote = JSON.stringify({ exact: 'The Kremlin said', prefix: '', suffix: ' talks' });

describeWithPostgres('PostgreSQL migrations', () => {
  const test = useTestDatabase();

  it('lists every migration as pending on an empty database', async () => {
    expect(await pendingMigrations(test.db)).toEqual(['0001-initial', '0002-repositories', '0003-claim-search', '0004-newsroom', '0005-publications', '0008-suggestion-threshold', '0009-rating-scale', '0010-source-directory']);
  });

  it('applies the migrations in order and records them', async () => {
    expect(await migrateToLatest(test.db)).toEqual(['0001-initial', '0002-repositories', '0003-claim-search', '0004-newsroom', '0005-publications', '0008-suggestion-threshold', '0009-rating-scale', '0010-source-directory']);
    const recorded = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(test.db);
    expect(recorded.rows.map((r) => r.name)).toEqual(['0001-initial', '0002-repositories', '0003-claim-search', '0004-newsroom', '0005-publications', '0008-suggestion-threshold', '0009-rating-scale', '0010-source-directory']);
    expect(await pendingMigrations(test.db)).toEqual([]);
  });

  it('applies nothing when run again', async () => {
    expect(await migrateToLatest(test.db)).toEqual([]);
  });

  it('names a migration the database has not applied', async () => {
    expect(await pendingMigrations(test.db, withExtraMigration('9999-later'))).toEqual(['9999-later']);
  });

  describe('the initial schema', () => {
    const article = { id: 'article-1', title: 'Talks', outlet: 'Wire', url: null, language: 'en', direction: 'ltr' as const, published_at: '2020-10-09', text: 'The Kremlin said talks would begin. 😀', created_at: T0, updated_at: T0, deleted_at: null };
    const claim = (overrides: Record<string, unknown> = {}) => ({
      id: 'claim-1', article_id: 'article-1', source_id: 'kremlin', start: 0, end: 16, quote, verdict: 'disputed', note: '',
      evidence: '[]', created_at: T0, updated_at: T0, created_by: null, updated_by: null, review_decided_by: null,
      review_decided_at: null, deleted_at: null, ...overrides,
    });
    /** The PostgreSQL error of inserting `row` into claims, or null when it went in. */
    const insertClaimError = (row: ReturnType<typeof claim>) =>
      test.db.insertInto('claims').values(row).execute().then(() => null, (e: { code?: string; constraint?: string }) => e);

    it('takes a valid article, source and claim, and reads back the contract\'s shapes', async () => {
      await test.db.insertInto('sources').values({ id: 'kremlin', name: 'Kremlin', kind: null, country: null, names: '{"ar":"الكرملين"}', aliases: '["Kremlin"]', created_at: T0, updated_at: T0, deleted_at: null }).execute();
      await test.db.insertInto('articles').values(article).execute();
      expect(await insertClaimError(claim())).toBeNull();
      const stored = await test.db.selectFrom('articles').select(['text_length', 'published_at', 'created_at', 'version']).executeTakeFirstOrThrow();
      // 36 code points, one of them astral: 37 UTF-16 code units, as JavaScript counts offsets.
      expect(stored).toEqual({ text_length: article.text.length, published_at: '2020-10-09', created_at: T0, version: 1 });
    });

    it.each([
      ['a claim whose end is its start', claim({ id: 'c-2', start: 5, end: 5 }), '23514', 'claims_range_check'],
      ['a claim whose end is before its start', claim({ id: 'c-3', start: 9, end: 4 }), '23514', 'claims_range_check'],
      ['a claim starting before the text', claim({ id: 'c-4', start: -1 }), '23514', 'claims_start_check'],
      ['an unknown verdict', claim({ id: 'c-5', verdict: 'maybe' }), '23503', 'claims_verdict_fkey'],
      ['a claim of an unknown article', claim({ id: 'c-6', article_id: 'no-such-article' }), '23503', 'claims_article_id_fkey'],
      ['a claim of an unknown source', claim({ id: 'c-7', source_id: 'nobody' }), '23503', 'claims_source_id_fkey'],
      ['an unknown review state', claim({ id: 'c-8', review_state: 'maybe' }), '23514', 'claims_review_state_check'],
      ['a claim id a URL could not carry', claim({ id: '../etc' }), '23514', 'claims_id_check'],
    ])('refuses %s', async (_name, row, code, constraint) => {
      expect(await insertClaimError(row)).toMatchObject({ code, constraint });
    });

    const user = (id: string, username: string, role = 'editor') => ({ id, username, display_name: 'Nour', role: role as 'editor', password_hash: 'scrypt$x', locale: null, created_at: T0, updated_at: T0 });

    it('refuses a duplicate username and an unknown role', async () => {
      await test.db.insertInto('users').values(user('u-1', 'nour')).execute();
      await expect(test.db.insertInto('users').values(user('u-2', 'nour')).execute()).rejects.toMatchObject({ code: '23505', constraint: 'users_username_key' });
      await expect(test.db.insertInto('users').values(user('u-3', 'sami', 'admin')).execute()).rejects.toMatchObject({ code: '23514', constraint: 'users_role_check' });
    });

    it('refuses a second live source whose name JavaScript lowers to the same (0002)', async () => {
      const source = (id: string, name: string) => ({ id, name, kind: null, country: null, names: '{}', aliases: '[]', created_at: T0, updated_at: T0, deleted_at: null });
      await test.db.insertInto('sources').values(source('istanbul', 'İstanbul')).execute();
      // 'İstanbul'.toLowerCase() is 'i̇stanbul' (i and a combining dot): glibc's lower() made it 'istanbul'.
      const refused = { code: '23505', constraint: 'sources_live_name_key' };
      await expect(test.db.insertInto('sources').values(source('istanbul-2', 'İstanbul'.toLowerCase())).execute()).rejects.toMatchObject(refused);
      await expect(test.db.insertInto('sources').values(source('istanbul-3', 'İSTANBUL')).execute()).rejects.toMatchObject(refused);
      await expect(test.db.insertInto('sources').values(source('istanbul-4', 'istanbul')).execute()).resolves.toBeDefined();
    });

    it('refuses a second live article with the same text, and takes it once the first is deleted', async () => {
      const twin = { ...article, id: 'article-2' };
      await expect(test.db.insertInto('articles').values(twin).execute()).rejects.toMatchObject({ code: '23505', constraint: 'articles_live_text_key' });
      await test.db.updateTable('articles').set({ deleted_at: T0 }).where('id', '=', 'article-1').execute();
      await expect(test.db.insertInto('articles').values(twin).execute()).resolves.toBeDefined();
    });

    it('keeps the audit log append-only', async () => {
      await test.db.insertInto('audit_entries').values({ id: 'a-1', at: T0, user_id: null, claim_id: 'claim-1', article_id: 'article-1', action: 'create', before: 'null', after: '{}' }).execute();
      await expect(test.db.updateTable('audit_entries').set({ action: 'note' }).execute()).rejects.toThrow(/append-only/);
      await expect(test.db.deleteFrom('audit_entries').execute()).rejects.toThrow(/append-only/);
    });

    it('holds one settings row, with the default newsroom', async () => {
      expect(await test.db.selectFrom('settings').select(['newsroom_name', 'newsroom_url']).execute()).toEqual([{ newsroom_name: 'Claimdesk newsroom', newsroom_url: null }]);
      await expect(test.db.insertInto('settings').values({ id: false, newsroom_name: 'Other', newsroom_url: null, newsroom_names: '{}', default_report_language: 'en' }).execute()).rejects.toMatchObject({ code: '23514' });
    });
  });
});

describeWithPostgres('a folder of migrations', () => {
  const test = useTestDatabase();
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'claimdesk-migrations-'));
    // Written out of order; 0002 fails unless 0001 ran first. Other files are not migrations.
    await writeFile(path.join(folder, '0002-fill.js'), "export async function up(db) { await db.insertInto('t').values({ n: 2 }).execute(); }\n");
    await writeFile(path.join(folder, '0001-make.js'), "export async function up(db) { await db.schema.createTable('t').addColumn('n', 'integer').execute(); }\n");
    await writeFile(path.join(folder, 'README.md'), 'notes\n');
    await writeFile(path.join(folder, '0003-types.d.ts'), 'export {};\n');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('applies the numbered files in name order and nothing else', async () => {
    expect(await migrateToLatest(test.db, folderMigrationProvider(folder))).toEqual(['0001-make', '0002-fill']);
  });

  it('refuses a numbered file that exports no up()', async () => {
    await writeFile(path.join(folder, '0004-empty.js'), 'export const nothing = 1;\n');
    await expect(pendingMigrations(test.db, folderMigrationProvider(folder))).rejects.toThrow('Migration 0004-empty.js exports no up() function');
  });
});

describeWithPostgres('PostgreSQL migration 0003 (the queue search)', () => {
  const test = useTestDatabase();

  it('gives claims stored before it their search text, and indexes it by trigrams', async () => {
    const { Migrator } = await import('kysely');
    const { error } = await new Migrator({ db: test.db, provider: defaultMigrationProvider() }).migrateTo('0002-repositories');
    expect(error).toBeUndefined();
    await sql`insert into sources (id, name, names, aliases, created_at, updated_at) values ('s-1', 'Élysée', '{}', '[]', ${T0}, ${T0})`.execute(test.db);
    await sql`insert into articles (id, title, outlet, language, direction, text, created_at, updated_at)
      values ('a-1', 'T', '', 'ar', 'rtl', 'قالت أرمينيا إنّها مستعدة', ${T0}, ${T0})`.execute(test.db);
    const old = JSON.stringify({ exact: 'أرمينيا إنّها', prefix: 'قالت ', suffix: ' مستعدة' });
    await sql`insert into claims (id, article_id, source_id, start, "end", quote, verdict, note, created_at, updated_at)
      values ('c-1', 'a-1', 's-1', 5, 18, ${old}::jsonb, 'disputed', 'Selon l''Élysée', ${T0}, ${T0})`.execute(test.db);
    expect(await migrateToLatest(test.db)).toEqual(['0003-claim-search', '0004-newsroom', '0005-publications', '0008-suggestion-threshold', '0009-rating-scale', '0010-source-directory']);
    const { rows } = await sql<{ search: string }>`select search from claims where id = 'c-1'`.execute(test.db);
    expect(rows[0]!.search).toBe(claimSearchText({ quote: { exact: 'أرمينيا إنّها' }, note: "Selon l'Élysée" }));
    const index = await sql<{ indexdef: string }>`select indexdef from pg_indexes where indexname = 'claims_search_idx'`.execute(test.db);
    expect(index.rows[0]?.indexdef).toContain('gin_trgm_ops');
  });
});

describeWithPostgres('migration 0008: the suggestion threshold', () => {
  const test = useTestDatabase();

  it('gives a desk migrated from before it the default threshold, and refuses one outside 0..1', async () => {
    const { Migrator } = await import('kysely');
    const { error } = await new Migrator({ db: test.db, provider: defaultMigrationProvider() }).migrateTo('0005-publications');
    expect(error).toBeUndefined();
    expect(await migrateToLatest(test.db)).toEqual(['0008-suggestion-threshold', '0009-rating-scale', '0010-source-directory']);
    const { rows } = await sql<{ suggestion_threshold: number }>`select suggestion_threshold from settings`.execute(test.db);
    expect(rows).toEqual([{ suggestion_threshold: DEFAULT_SUGGESTION_THRESHOLD }]);
    await expect(sql`update settings set suggestion_threshold = 1.5`.execute(test.db)).rejects.toMatchObject({ code: '23514' });
  });
});

describeWithPostgres('migration 0010: the source directory', () => {
  const test = useTestDatabase();

  it('keeps the sources of a desk migrated from before it, with no people, institutions or sameAs, and an append-only log', async () => {
    const { Migrator } = await import('kysely');
    const { error } = await new Migrator({ db: test.db, provider: defaultMigrationProvider() }).migrateTo('0008-suggestion-threshold');
    expect(error).toBeUndefined();
    await sql`insert into sources (id, name, names, aliases, created_at, updated_at) values ('kremlin', 'Kremlin', '{}', '[]', now(), now())`.execute(test.db);
    expect(await migrateToLatest(test.db)).toEqual(['0009-rating-scale', '0010-source-directory']);
    const { rows } = await sql<{ same_as: string | null; people: unknown; institutions: unknown }>`select same_as, people, institutions from sources`.execute(test.db);
    expect(rows).toEqual([{ same_as: null, people: [], institutions: [] }]);
    await sql`insert into source_audit_entries (id, at, source_id, action, before, after) values ('e-1', now(), 'kremlin', 'update', 'null', 'null')`.execute(test.db);
    await expect(sql`delete from source_audit_entries`.execute(test.db)).rejects.toMatchObject({ code: '23001' });
    await expect(sql`insert into source_audit_entries (id, at, source_id, action, before, after) values ('e-2', now(), 'kremlin', 'rename', 'null', 'null')`.execute(test.db)).rejects.toMatchObject({ code: '23514' });
  });
});

describeWithPostgres('migration 0009: the rating scale', () => {
  const test = useTestDatabase();

  it('gives a desk migrated from before it the default scale, its verdicts in scale order, disputed needing review', async () => {
    const { Migrator } = await import('kysely');
    const { error } = await new Migrator({ db: test.db, provider: defaultMigrationProvider() }).migrateTo('0008-suggestion-threshold');
    expect(error).toBeUndefined();
    expect(await migrateToLatest(test.db)).toEqual(['0009-rating-scale', '0010-source-directory']);
    const scale = await sql<{ version: number; body: unknown }>`select version, body from rating_scale`.execute(test.db);
    expect(scale.rows).toEqual([{ version: 1, body: null }]);
    const verdicts = await sql<{ id: string; needs_review: boolean }>`select id, needs_review from verdicts order by position`.execute(test.db);
    expect(verdicts.rows).toEqual([
      { id: 'corroborated', needs_review: false },
      { id: 'disputed', needs_review: true },
      { id: 'unreviewed', needs_review: false },
    ]);
    // A second scale row is refused, and the claims' verdict key is checked at commit, not at each statement.
    await expect(sql`insert into rating_scale (id, version) values (false, 1)`.execute(test.db)).rejects.toMatchObject({ code: '23514' });
    const fk = await sql<{ deferred: boolean }>`select condeferred as deferred from pg_constraint where conname = 'claims_verdict_fkey'`.execute(test.db);
    expect(fk.rows).toEqual([{ deferred: true }]);
  });
});

describeWithPostgres('a publication stored before migration 0009', () => {
  const test = useTestDatabase();

  it('reads its bare verdict keys as the default verdicts, frozen', async () => {
    const { publicationFromRow } = await import('../../server/store/postgres/rows.ts');
    const { freezeVerdict, DEFAULT_RATING_SCALE } = await import('../../domain/rating-scale.ts');
    await migrateToLatest(test.db);
    const snapshot = {
      article: { title: 'T', outlet: 'O', url: null, language: 'ar', direction: 'rtl', publishedAt: null },
      firstPublishedAt: T0,
      claims: [{ claimId: 'c-1', n: 1, quote: 'قال', source: null, verdict: 'disputed', note: '', evidence: [], checkedBy: null, approvedBy: null, approvedAt: null }],
    };
    const row = { seq: 1, id: 'p-1', article_id: 'a-1', slug: 'a-1', version: 1, status: 'published' as const, snapshot, published_at: T0, published_by: null, corrections: [], withdrawn_at: null, withdrawn_reason: null };
    expect(publicationFromRow(row as never).snapshot.claims[0]!.verdict).toEqual(freezeVerdict(DEFAULT_RATING_SCALE, 'disputed'));
  });
});
