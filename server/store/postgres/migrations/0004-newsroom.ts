// Migration 0004: the newsroom as publishing needs it (issue 15, item 5): its name in each interface language, the
// public base URL every public address is built on, a logo and the default report language. The settings stay one
// row; a desk migrated from 0003 keeps its name and site and has nothing set for the rest (so it cannot publish yet).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settings
    add column newsroom_names jsonb not null default '{}'::jsonb,
    add column public_base_url text,
    add column logo_url text,
    add column default_report_language text not null default 'en'
      check (default_report_language in ('ar', 'en', 'fr'))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settings drop column newsroom_names, drop column public_base_url, drop column logo_url,
    drop column default_report_language`.execute(db);
}
