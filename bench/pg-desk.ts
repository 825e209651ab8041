// A PostgreSQL desk for the benchmarks: its own database (claimdesk_bench_<random>) on BENCH_DATABASE_URL's server
// (default: the local one), the app's migrations, then `claims` claims over `articles` articles generated IN SQL
// (generate_series), with the keys, indexes and foreign keys of both tables dropped during the bulk insert and
// rebuilt after, then VACUUM ANALYZE. The same desk as generate-store.ts makes for lowdb: the demo text's variants, the four seed
// sources, one editor (BENCH_PASSWORD), verdicts in turn; here dates spread over a year and review states vary too.
// No audit entries: the schema does not need them for generated claims, and no measured read asks for them.
// BENCH_DEBUG=1 prints the time of each step of the fill.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteAt } from '../domain/anchoring.ts';
import { hashPassword } from '../server/auth/passwords.ts';
import { openDatabase } from '../server/store/postgres/connection.ts';
import { migrateToLatest } from '../server/store/postgres/migrations.ts';
import { sourceToRow, userToRow } from '../server/store/postgres/rows.ts';
import { loadSeed } from '../server/store/seed.ts';
import { BENCH_PASSWORD, BENCH_VERDICTS } from './generate-store.ts';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const BULK = `('articles'::regclass, 'claims'::regclass)`;
const NOW = '2026-01-01T00:00:00.000Z';

export interface PgDesk {
  url: string;
  /** Milliseconds from CREATE DATABASE to the analysed desk. */
  setupMs: number;
  sourceIds: string[];
  drop: () => Promise<void>;
}

async function onAdmin(sqlText: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sqlText);
  } finally {
    await client.end();
  }
}

export async function createPgDesk(claims: number, articles: number): Promise<PgDesk> {
  const t0 = performance.now();
  const name = `claimdesk_bench_${randomBytes(5).toString('hex')}`;
  await onAdmin(`create database ${name} encoding 'UTF8' template template0`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const drop = () => onAdmin(`drop database if exists ${name} with (force)`);
  try {
    const seed = await loadSeed(NOW);
    const db = openDatabase(url.href, { max: 1 });
    try {
      await migrateToLatest(db);
      const passwordHash = await hashPassword(BENCH_PASSWORD, 2 ** 10);
      await db
        .insertInto('users')
        .values(userToRow({ id: 'bench-editor', username: 'editor', displayName: 'Bench Editor', role: 'editor', disabled: false, locale: null, createdAt: NOW, updatedAt: NOW, passwordHash }))
        .execute();
      await db.insertInto('sources').values(seed.sources.map(sourceToRow)).execute();
    } finally {
      await db.destroy();
    }
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    try {
      await fill(client, seed.articles[0]!, seed.sources.map((s) => s.id), claims, articles);
    } finally {
      await client.end();
    }
    return { url: url.href, setupMs: performance.now() - t0, sourceIds: seed.sources.map((s) => s.id), drop };
  } catch (error) {
    await drop();
    throw error;
  }
}

type DemoArticle = Awaited<ReturnType<typeof loadSeed>>['articles'][number];

const lap = (label: string, t: number) => process.env.BENCH_DEBUG && console.error(`  ${label}: ${(performance.now() - t).toFixed(0)} ms`);

async function fill(client: pg.Client, demo: DemoArticle, sourceIds: string[], claims: number, articles: number): Promise<void> {
  // Each claim is one word of the demo text (the 7i-th, as generate-store.ts picks it), with its quote selector.
  const words = [...demo.text.matchAll(/\S+/g)].map((w) => ({ start: w.index, end: w.index + w[0].length, quote: quoteAt(demo.text, { start: w.index, end: w.index + w[0].length }) }));
  await client.query(`set synchronous_commit = off`);
  await client.query(`set maintenance_work_mem = '256MB'`);
  await client.query('begin');
  // Every key, index and foreign key of the two bulk-filled tables (and those pointing at them) goes, to be built
  // once over the sorted data rather than kept up row by row; CHECKs and NOT NULLs stay and are checked per row.
  const { rows: foreignKeys } = await client.query<{ tbl: string; name: string; def: string }>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where contype = 'f' and (conrelid in ${BULK} or confrelid in ${BULK})`,
  );
  const { rows: keys } = await client.query<{ tbl: string; name: string; def: string }>(
    `select conrelid::regclass::text as tbl, conname as name, pg_get_constraintdef(oid) as def from pg_constraint
     where contype in ('p', 'u') and conrelid in ${BULK}`,
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as def from pg_index i
     where indrelid in ${BULK} and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  for (const fk of foreignKeys) await client.query(`alter table ${fk.tbl} drop constraint ${fk.name}`);
  for (const key of keys) await client.query(`alter table ${key.tbl} drop constraint ${key.name}`);
  for (const index of indexes) await client.query(`drop index ${index.name}`);
  let t = performance.now();
  await client.query(
    `insert into articles (id, title, outlet, url, language, direction, published_at, text, created_at, updated_at)
     select 'bench-article-' || i, $1 || ' (' || i || ')', $2, $3, $4, $5, $6, $7 || E'\\n' || 'نسخة رقم ' || i || '.',
            timestamptz '2026-01-01' - i * interval '10 minutes', timestamptz '2026-01-01' - i * interval '10 minutes'
     from generate_series(0, $8::int - 1) i`,
    [demo.title, demo.outlet, demo.url, demo.language, demo.direction, demo.publishedAt, demo.text, articles],
  );
  lap('articles', t);
  t = performance.now();
  await client.query(
    `with w as (select (ord - 1)::int as k, (e->>'start')::int as s, (e->>'end')::int as e, e->'quote' as q
                from jsonb_array_elements($1::jsonb) with ordinality as t(e, ord))
     insert into claims (id, article_id, source_id, start, "end", quote, verdict, note, evidence, created_at, updated_at,
                         version, created_by, updated_by, review_state)
     select 'bench-claim-' || i, 'bench-article-' || (i % $3), ($4::text[])[1 + i % cardinality($4::text[])], w.s, w.e, w.q,
            ($5::text[])[1 + i % cardinality($5::text[])],
            case when i % 2 = 1 then 'Checked against the ministry statement of the same day.' else '' end,
            case when i % 5 = 0 then jsonb_build_array(jsonb_build_object('url', 'https://example.org/evidence/' || i, 'title', 'Statement')) else '[]'::jsonb end,
            timestamptz '2026-01-01' - i * interval '31 seconds', timestamptz '2026-01-01' - i * interval '29 seconds',
            1, 'bench-editor', 'bench-editor',
            (array['pending', 'pending', 'pending', 'approved', 'returned'])[1 + (i / 3) % 5]
     from generate_series(0, $2::int - 1) i join w on w.k = (i * 7) % $6`,
    [JSON.stringify(words), claims, articles, sourceIds, BENCH_VERDICTS, words.length],
  );
  lap('claims', t);
  t = performance.now();
  for (const key of keys) await client.query(`alter table ${key.tbl} add constraint ${key.name} ${key.def}`);
  for (const index of indexes) await client.query(index.def);
  lap('indexes', t);
  t = performance.now();
  for (const fk of foreignKeys) await client.query(`alter table ${fk.tbl} add constraint ${fk.name} ${fk.def}`);
  lap('foreign keys', t);
  t = performance.now();
  await client.query('commit');
  lap('commit', t);
  t = performance.now();
  // VACUUM as well as ANALYZE: a desk autovacuum has visited has its visibility map set, so counts and pages are
  // read from the indexes alone; fresh from a bulk insert every row would be checked in the table.
  await client.query('vacuum analyze');
  lap('vacuum analyze', t);
}
