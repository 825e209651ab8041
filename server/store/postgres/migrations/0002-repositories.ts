// Migration 0002: what the repositories (server/store/postgres/pg-repositories.ts) need beyond 0001, so that
// PostgreSQL answers as lowdb does:
// - A source's name is unique case-insensitively as JavaScript lowers case (String.toLowerCase, what lowdb and the
//   services compare). 0001's key lowered with the database's LC_CTYPE: under the C locale that lowers ASCII only
//   ("ÉLYSÉE" and "élysée" were two names), and under glibc's it maps "İ" to "i" where JavaScript gives "i̇". ICU's
//   root case mapping is Unicode's full mapping, as JavaScript's; findByName asks the same expression.
// - Accounts get `seq`, insertion order: the account list sorts by display name and keeps equal names in the order
//   they were added, as lowdb's stable sort does.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`drop index sources_live_name_key`.execute(db);
  await sql`create unique index sources_live_name_key on sources (lower(name collate "und-x-icu")) where deleted_at is null`.execute(db);
  await sql`alter table users add column seq bigint generated always as identity unique`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop column seq`.execute(db);
  await sql`drop index sources_live_name_key`.execute(db);
  await sql`create unique index sources_live_name_key on sources (lower(name)) where deleted_at is null`.execute(db);
}
