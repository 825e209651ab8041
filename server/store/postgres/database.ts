// The PostgreSQL tables as Kysely sees them (migrations 0001 and 0002): what a select returns and what an insert or update
// may set. jsonb columns take JSON text on the way in, because pg would send a JS array as a PostgreSQL array.
import type { ColumnType, Generated } from 'kysely';
import type { RatingScaleBody, RatingScaleChange } from '../../../domain/rating-scale.ts';
import type { AuditAction, Correction, Evidence, PublicationSnapshot, Quote, ReviewState, Role, SourceAuditEntry } from '../../../domain/schemas.ts';
import type { SourceInstitution, SourcePerson } from '../../../domain/source-directory.ts';

type SourceAuditAction = SourceAuditEntry['action'];

/** An ISO timestamp (`2026-01-01T00:00:00.000Z`) both ways; the pool's type parser returns this shape. */
type Timestamp = string;
/** A jsonb column: parsed on select, JSON text (`JSON.stringify`) on insert and update. */
type Json<T> = ColumnType<T, string, string>;
/** Computed by PostgreSQL from other columns: read, never written. */
type Computed<T> = ColumnType<T, never, never>;

export interface VerdictsTable {
  id: string;
  /** The verdict's place in the desk's scale (migration 0009: no longer unique). */
  position: number;
  /** Migration 0009: claims with this verdict wait for an editor (the queue's `verdict` sort shows them first). */
  needs_review: Generated<boolean>;
}

/** Migration 0009: one row, the desk's rating scale (body null until edited: DEFAULT_RATING_SCALE). */
export interface RatingScaleTable {
  id: Generated<boolean>;
  version: number;
  updated_at: Timestamp | null;
  body: Json<RatingScaleBody> | null;
}

export interface RatingScaleChangesTable {
  seq: Generated<number>;
  id: string;
  at: Timestamp;
  user_id: string | null;
  change: Json<RatingScaleChange>;
}

export interface SettingsTable {
  id: Generated<boolean>;
  newsroom_name: string;
  newsroom_url: string | null;
  /** Migration 0004: the name per interface language, the public base URL, logo and default report language. */
  newsroom_names: Json<Record<string, string>>;
  public_base_url: string | null;
  logo_url: string | null;
  default_report_language: string;
  /** Migration 0008: suggestions scoring below it are not shown. */
  suggestion_threshold: Generated<number>;
}

export interface UsersTable {
  /** Insertion order (migration 0002): equal display names keep it in the account list. */
  seq: Generated<number>;
  id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: Generated<boolean>;
  locale: string | null;
  password_hash: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface SignInAttemptsTable {
  key: string;
  hits: number;
  reset_at: Timestamp;
}

export interface SourcesTable {
  id: string;
  name: string;
  kind: string | null;
  country: string | null;
  names: Json<Record<string, string>>;
  aliases: Json<string[]>;
  /** Migration 0010: the source directory. */
  same_as: ColumnType<string | null, string | null | undefined, string | null>;
  people: ColumnType<SourcePerson[], string | undefined, string>;
  institutions: ColumnType<SourceInstitution[], string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

/** Migration 0010: one row per change to a source, append-only. */
export interface SourceAuditEntriesTable {
  seq: Generated<number>;
  id: string;
  at: Timestamp;
  user_id: string | null;
  source_id: string;
  action: SourceAuditAction;
  before: Json<unknown>;
  after: Json<unknown>;
}

export interface ArticlesTable {
  /** Insertion order, the last tie-breaker of the article list. */
  seq: Generated<number>;
  id: string;
  title: string;
  outlet: string;
  url: string | null;
  language: string;
  direction: 'ltr' | 'rtl';
  published_at: string | null;
  text: string;
  /** The text's length in UTF-16 code units, as the contract counts offsets. */
  text_length: Computed<number>;
  text_sha256: Computed<Buffer>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface ClaimsTable {
  /** Insertion order: the tie-breaker of every sort, as lowdb's stable sort keeps ties in array order. */
  seq: Generated<number>;
  id: string;
  article_id: string;
  source_id: string;
  start: number;
  end: number;
  quote: Json<Quote>;
  verdict: string;
  note: string;
  evidence: Json<Evidence[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  review_state: Generated<ReviewState>;
  review_comment: Generated<string>;
  review_decided_by: string | null;
  review_decided_at: Timestamp | null;
  deleted_at: Timestamp | null;
  /** The claim's quote and note in the search's normal form (claimSearchText), for the queue's `q`; migration 0003. */
  search: Generated<string>;
}

export interface AuditEntriesTable {
  seq: Generated<number>;
  id: string;
  at: Timestamp;
  user_id: string | null;
  claim_id: string;
  article_id: string;
  action: AuditAction;
  before: Json<unknown>;
  after: Json<unknown>;
}

/** Migration 0005: one row per published version of an article's public page. */
export interface PublicationsTable {
  seq: Generated<number>;
  id: string;
  article_id: string;
  slug: string;
  version: number;
  status: 'published' | 'withdrawn';
  snapshot: Json<PublicationSnapshot>;
  published_at: Timestamp;
  published_by: string | null;
  corrections: Json<Correction[]>;
  withdrawn_at: Timestamp | null;
  withdrawn_reason: string | null;
}

export interface RejectedSuggestionsTable {
  article_id: string;
  key: string;
  user_id: string | null;
  at: Timestamp;
}

export interface Database {
  verdicts: VerdictsTable;
  rating_scale: RatingScaleTable;
  rating_scale_changes: RatingScaleChangesTable;
  settings: SettingsTable;
  publications: PublicationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  sources: SourcesTable;
  articles: ArticlesTable;
  claims: ClaimsTable;
  audit_entries: AuditEntriesTable;
  source_audit_entries: SourceAuditEntriesTable;
  rejected_suggestions: RejectedSuggestionsTable;
}
