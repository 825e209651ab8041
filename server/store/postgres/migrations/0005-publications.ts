// Migration 0005: publications (issue 15, items 3 and 4). One row per published version of an article's page:
// its frozen snapshot and corrections as jsonb (read and written whole, never queried inside), the latest version
// of a slug the one served. Publishing and withdrawing are audited per claim: two new audit actions.
import { sql, type Kysely } from 'kysely';

const ACTIONS_BEFORE = `'create', 'verdict', 'note', 'evidence', 'source', 'range', 'delete', 'undo', 'review'`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table publications (
    seq bigint generated always as identity unique,
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    article_id text not null references articles (id),
    slug text not null check (slug ~ '^[A-Za-z0-9_-]+$'),
    version integer not null check (version > 0),
    status text not null check (status in ('published', 'withdrawn')),
    snapshot jsonb not null,
    published_at timestamptz not null,
    published_by text references users (id),
    corrections jsonb not null default '[]'::jsonb,
    withdrawn_at timestamptz,
    withdrawn_reason text,
    unique (slug, version)
  )`.execute(db);
  await sql`create index publications_article_idx on publications (article_id, version desc)`.execute(db);
  await sql`alter table audit_entries drop constraint audit_entries_action_check`.execute(db);
  await sql`alter table audit_entries add constraint audit_entries_action_check
    check (action in (${sql.raw(ACTIONS_BEFORE)}, 'publish', 'withdraw'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table publications`.execute(db);
  await sql`alter table audit_entries drop constraint audit_entries_action_check`.execute(db);
  await sql`alter table audit_entries add constraint audit_entries_action_check check (action in (${sql.raw(ACTIONS_BEFORE)}))`.execute(db);
}
