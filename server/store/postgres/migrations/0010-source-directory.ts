// Migration 0010: the source directory (issue 17, item 1). A source gains an optional sameAs URL and its people and
// institutions, kept as jsonb on its row (read and written with the source, never queried inside); every change to a
// source is recorded in source_audit_entries, append-only like a claim's audit log. No foreign key to sources: lowdb
// removes a deleted source's row, and its history must still transfer.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table sources
    add column same_as text,
    add column people jsonb not null default '[]'::jsonb,
    add column institutions jsonb not null default '[]'::jsonb`.execute(db);
  await sql`create table source_audit_entries (
    seq bigint generated always as identity unique,
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    at timestamptz not null,
    user_id text references users (id),
    source_id text not null check (source_id ~ '^[A-Za-z0-9_-]+$'),
    action text not null check (action in ('create', 'update', 'merge', 'delete')),
    before jsonb not null,
    after jsonb not null
  )`.execute(db);
  await sql`create index source_audit_entries_source_idx on source_audit_entries (source_id, seq)`.execute(db);
  await sql`create trigger source_audit_entries_append_only before update or delete on source_audit_entries
    for each row execute function audit_entries_append_only()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table source_audit_entries`.execute(db);
  await sql`alter table sources drop column same_as, drop column people, drop column institutions`.execute(db);
}
