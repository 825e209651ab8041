// Migration 0001: the first PostgreSQL schema, one table per entity of StoreDataSchema (domain/schemas.ts) plus the
// shared state several servers need (sessions, sign-in counters). Frozen once released: change the schema in 0002…
//
// How the contract maps (see also README.md, "PostgreSQL (in progress)"):
// - Columns are snake_case; nested values read only with their parent stay jsonb (a claim's quote and evidence, a
//   source's names and aliases). A claim's review is flattened into review_* columns, since the queue filters and
//   sorts on its state.
// - Rules of shape and identity are constraints: ids, enums, ranges (0 <= start < end), foreign keys, uniqueness
//   (username; a source's name, case-insensitively; an article's text among live articles, by SHA-256). Maximum
//   lengths are not: they live in domain/limits.ts and may change without a migration; zod refuses long values.
// - Verdicts are rows of `verdicts` (not a pg enum, not a CHECK): issue 18 makes them data a desk edits. Their
//   `position` is the order of VERDICTS; the queue's `verdict` sort shows the highest position first.
//   Review states, roles, directions and audit actions are fixed by code: CHECK constraints.
// - Deletion: articles and claims keep lowdb's soft delete (deleted_at). Sources get one too, unlike lowdb (which
//   removes the row), so that a deleted claim can keep pointing at its source under a foreign key; "the source
//   was deleted" (restoreClaim's source_gone) becomes `sources.deleted_at is not null`.
// - `version` (from 1) guards concurrent edits of claims and articles: UPDATE … WHERE id = $1 AND version = $2.
// - `seq` (articles, claims, audit entries) keeps insertion order: the last tie-breaker of every sort, as lowdb's stable sort
//   keeps ties in array order, and the order of a claim's history.
// - Timestamps are timestamptz; the pool returns them as the contract's ISO strings. publishedAt is a date.
// - Indexes are partial (`where deleted_at is null`) where every reader asks only for live rows; each names the
//   query it serves. Needs PostgreSQL 15 (regexp_count).
import { sql, type Kysely } from 'kysely';

const statements = [
  sql`do $$ begin
    if current_setting('server_version_num')::int < 150000 then
      raise exception 'Claimdesk needs PostgreSQL 15 or later (this is %)', current_setting('server_version');
    end if;
    if current_setting('server_encoding') <> 'UTF8' then
      raise exception 'Claimdesk needs a UTF8 database: its offsets and text hashes are defined on Unicode text';
    end if;
  end $$`,
  // convert_to is only STABLE because it depends on the database encoding, fixed (UTF8, checked above) for the
  // database's life: immutable in fact, which a generated column needs.
  sql`create function claimdesk_text_sha256(value text) returns bytea
    language sql immutable strict parallel safe
    as $$ select sha256(convert_to(value, 'UTF8')) $$`,

  sql`create table verdicts (
    id text primary key check (id ~ '^[a-z][a-z0-9_-]*$'),
    position integer not null unique
  )`,
  sql`insert into verdicts (id, position) values ('unreviewed', 0), ('corroborated', 1), ('disputed', 2)`,

  // One row: the check on `id` lets no second one in.
  sql`create table settings (
    id boolean primary key default true check (id),
    newsroom_name text not null check (newsroom_name <> ''),
    newsroom_url text check (newsroom_url ~ '^https?://')
  )`,
  sql`insert into settings (newsroom_name, newsroom_url) values ('Claimdesk newsroom', null)`,

  // Accounts are never removed (disabled instead), so the references to them below need no cascade.
  sql`create table users (
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    username text not null unique check (username ~ '^[a-z0-9._-]{2,}$'),
    display_name text not null check (display_name <> ''),
    role text not null check (role in ('factchecker', 'editor')),
    disabled boolean not null default false,
    locale text,
    password_hash text not null check (password_hash <> ''),
    created_at timestamptz not null,
    updated_at timestamptz not null
  )`,
  // locale is unchecked on purpose: the contract reads an unknown locale as null (UserSchema's .catch(null)).

  // Sessions live here, not in a process, so that every server behind the proxy knows them.
  sql`create table sessions (
    token_hash text primary key,
    user_id text not null references users (id) on delete cascade,
    csrf_token text not null check (csrf_token <> ''),
    created_at timestamptz not null,
    expires_at timestamptz not null
  )`,
  sql`create index sessions_user_idx on sessions (user_id)`, // ending a person's sessions (disabled, new password)
  sql`create index sessions_expiry_idx on sessions (expires_at)`, // dropping expired sessions

  // The sign-in limits' counters (server/auth/sign-in-limits.ts), shared by every server: the shape of an
  // express-rate-limit Store (increment, decrement, resetKey); `key` is the limiter's prefix and its key.
  sql`create table sign_in_attempts (
    key text primary key,
    hits integer not null check (hits >= 0),
    reset_at timestamptz not null
  )`,
  sql`create index sign_in_attempts_reset_idx on sign_in_attempts (reset_at)`,

  sql`create table sources (
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    name text not null check (name <> ''),
    kind text,
    country text,
    names jsonb not null default '{}' check (jsonb_typeof(names) = 'object'),
    aliases jsonb not null default '[]' check (jsonb_typeof(aliases) = 'array'),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz
  )`,
  // createSource/updateSource refuse a name that differs only in case.
  sql`create unique index sources_live_name_key on sources (lower(name)) where deleted_at is null`,

  sql`create table articles (
    seq bigint generated always as identity unique,
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    title text not null check (title <> ''),
    outlet text not null,
    url text check (url ~ '^https?://'),
    language text not null check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    direction text not null check (direction in ('ltr', 'rtl')),
    published_at date,
    text text not null check (text <> ''),
    text_length integer generated always as (char_length(text) + regexp_count(text, '[\\U00010000-\\U0010FFFF]')) stored,
    text_sha256 bytea generated always as (claimdesk_text_sha256(text)) stored,
    version integer not null default 1 check (version >= 1),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    deleted_at timestamptz
  )`,
  // text_length: offsets count UTF-16 code units, char_length counts code points; each astral one is two units.
  // No two live articles hold the same text (refuseTwin: create, edit, restore); a deleted one may.
  sql`create unique index articles_live_text_key on articles (text_sha256) where deleted_at is null`,
  // The desk's article list: live articles, newest first, then by title.
  sql`create index articles_live_list_idx on articles (created_at desc) where deleted_at is null`,

  sql`create table claims (
    seq bigint generated always as identity unique,
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    article_id text not null references articles (id),
    source_id text not null references sources (id),
    start integer not null check (start >= 0),
    "end" integer not null,
    quote jsonb not null check (jsonb_typeof(quote) = 'object' and quote ?& array['exact', 'prefix', 'suffix']),
    verdict text not null references verdicts (id) on update cascade,
    note text not null default '',
    evidence jsonb not null default '[]' check (jsonb_typeof(evidence) = 'array'),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version integer not null default 1 check (version >= 1),
    created_by text references users (id),
    updated_by text references users (id),
    review_state text not null default 'pending' check (review_state in ('pending', 'approved', 'returned')),
    review_comment text not null default '',
    review_decided_by text references users (id),
    review_decided_at timestamptz,
    deleted_at timestamptz,
    constraint claims_range_check check ("end" > start)
  )`,
  // That `end` lies within the article's text is checked by the service (anchoring), not here: a CHECK cannot
  // read another table.
  // The review queue (default: verdict = disputed, sort -updatedAt): the page in index order, and its count and
  // the desk's chart (by verdict, review state, source) from the index alone.
  sql`create index claims_queue_idx on claims (verdict, updated_at desc, seq)
    include (article_id, source_id, review_state) where deleted_at is null`,
  // The queue with every verdict, and any filter on the day of the last change (from, to).
  sql`create index claims_recent_idx on claims (updated_at desc, seq)
    include (article_id, verdict) where deleted_at is null`,
  // An article's claims in text order; the article list's counts by verdict; the articleId filter.
  sql`create index claims_article_idx on claims (article_id, start, "end") include (verdict) where deleted_at is null`,
  // The sourceId filter; "this source is used by n claims" before deleting it.
  sql`create index claims_source_idx on claims (source_id, updated_at desc) where deleted_at is null`,
  // "My claims" (userId filter, returnedFirst sort).
  sql`create index claims_author_idx on claims (created_by, updated_at desc) where deleted_at is null`,
  // The review filter (pending, approved, returned).
  sql`create index claims_review_idx on claims (review_state, updated_at desc) where deleted_at is null`,

  // Claims are never removed (soft delete), so entries keep their claim; before/after hold any JSON, null included.
  sql`create table audit_entries (
    seq bigint generated always as identity unique,
    id text primary key check (id ~ '^[A-Za-z0-9_-]+$'),
    at timestamptz not null,
    user_id text references users (id),
    claim_id text not null references claims (id),
    article_id text not null references articles (id),
    action text not null check (action in ('create', 'verdict', 'note', 'evidence', 'source', 'range', 'delete', 'undo', 'review')),
    before jsonb not null,
    after jsonb not null
  )`,
  sql`create index audit_entries_claim_idx on audit_entries (claim_id, seq)`, // a claim's history, in order
  // Append-only, as server/services/audit.ts promises: the database refuses to edit or remove an entry.
  sql`create function audit_entries_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit entries are append-only (% refused)', tg_op using errcode = 'restrict_violation';
    end $$`,
  sql`create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_entries_append_only()`,

  sql`create table rejected_suggestions (
    article_id text not null references articles (id),
    key text not null check (key <> ''),
    user_id text references users (id),
    at timestamptz not null,
    primary key (article_id, key)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rejected_suggestions, audit_entries, claims, articles, sources, sign_in_attempts, sessions,
    users, settings, verdicts`.execute(db);
  await sql`drop function audit_entries_append_only, claimdesk_text_sha256`.execute(db);
}
