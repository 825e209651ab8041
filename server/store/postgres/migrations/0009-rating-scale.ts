// Migration 0009: the newsroom's rating scale as data (issue 18). One row holds the scale (jsonb, read and written
// whole; null until a desk edits it: DEFAULT_RATING_SCALE) and its version; each change is kept in
// rating_scale_changes. The `verdicts` rows (0001) follow the stored scale: a claim's verdict stays a foreign key,
// now checked at commit (deferred), so that one unit of work can add verdicts, move claims and drop the old ones in
// any order. `position` becomes the place in the scale, no longer unique (a reorder rewrites every row), and
// `needs_review` orders the queue's `verdict` sort (those needing review first, then by position).
// The default scale's order and review flag are copied here: a migration is frozen.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table rating_scale (
    id boolean primary key default true check (id),
    version integer not null check (version > 0),
    updated_at timestamptz,
    body jsonb
  )`.execute(db);
  await sql`insert into rating_scale (version, updated_at, body) values (1, null, null)`.execute(db);
  await sql`create table rating_scale_changes (
    seq bigint generated always as identity primary key,
    id text not null unique,
    at timestamptz not null,
    user_id text references users (id),
    change jsonb not null
  )`.execute(db);
  await sql`alter table verdicts drop constraint verdicts_position_key`.execute(db);
  await sql`alter table verdicts add column needs_review boolean not null default false`.execute(db);
  await sql`update verdicts set position = case id when 'corroborated' then 0 when 'disputed' then 1 else 2 end,
    needs_review = (id = 'disputed')`.execute(db);
  await sql`alter table claims alter constraint claims_verdict_fkey deferrable initially deferred`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table claims alter constraint claims_verdict_fkey not deferrable`.execute(db);
  await sql`update verdicts set position = case id when 'unreviewed' then 0 when 'corroborated' then 1 when 'disputed' then 2 else 3 + position end`.execute(db);
  await sql`alter table verdicts drop column needs_review`.execute(db);
  await sql`alter table verdicts add constraint verdicts_position_key unique (position)`.execute(db);
  await sql`drop table rating_scale_changes`.execute(db);
  await sql`drop table rating_scale`.execute(db);
}
