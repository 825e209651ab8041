// Migration 0008: the newsroom's suggestion threshold (issue 17, item 4). Suggested statements scoring below it are
// not shown. A desk migrated from 0007 starts at the domain's default (DEFAULT_SUGGESTION_THRESHOLD, copied here:
// a migration is frozen, it must not follow later changes of the default).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settings
    add column suggestion_threshold double precision not null default 0.4
      check (suggestion_threshold >= 0 and suggestion_threshold <= 1)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table settings drop column suggestion_threshold`.execute(db);
}
