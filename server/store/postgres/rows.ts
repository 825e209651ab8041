// Entities of the contract to and from PostgreSQL rows (migration 0001's tables): the one place where camelCase
// meets snake_case and nested values become jsonb text.
import type { Insertable, Selectable } from 'kysely';
import type {
  Article,
  AuditEntry,
  Claim,
  Publication,
  SessionRecord,
  Settings,
  Source,
  SourceAuditEntry,
  SuggestionRejection,
  UserRecord,
  Verdict,
} from '../../../domain/schemas.ts';
import { PublicationSnapshotSchema, SettingsSchema } from '../../../domain/schemas.ts';
import { toSourceKind } from '../../../domain/source-directory.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../../domain/locales.ts';
import { claimSearchText } from '../../../domain/search-normalize.ts';
import type {
  ArticlesTable,
  AuditEntriesTable,
  ClaimsTable,
  PublicationsTable,
  RejectedSuggestionsTable,
  SessionsTable,
  SettingsTable,
  SourceAuditEntriesTable,
  SourcesTable,
  UsersTable,
} from './database.ts';

export function claimToRow(claim: Claim): Insertable<ClaimsTable> {
  return {
    id: claim.id,
    article_id: claim.articleId,
    source_id: claim.sourceId,
    start: claim.start,
    end: claim.end,
    quote: JSON.stringify(claim.quote),
    verdict: claim.verdict,
    note: claim.note,
    evidence: JSON.stringify(claim.evidence),
    created_at: claim.createdAt,
    updated_at: claim.updatedAt,
    version: claim.version,
    created_by: claim.createdBy,
    updated_by: claim.updatedBy,
    review_state: claim.review.state,
    review_comment: claim.review.comment,
    review_decided_by: claim.review.decidedBy,
    review_decided_at: claim.review.decidedAt,
    deleted_at: claim.deletedAt,
    search: claimSearchText(claim),
  };
}

export function claimFromRow(row: Selectable<ClaimsTable>): Claim {
  return {
    id: row.id,
    articleId: row.article_id,
    sourceId: row.source_id,
    start: row.start,
    end: row.end,
    quote: row.quote,
    verdict: row.verdict as Verdict,
    note: row.note,
    evidence: row.evidence,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    review: { state: row.review_state, comment: row.review_comment, decidedBy: row.review_decided_by, decidedAt: row.review_decided_at },
    deletedAt: row.deleted_at,
  };
}

/** `version` is left to its default (1): the contract's Article has none yet. */
export function articleToRow(article: Article): Insertable<ArticlesTable> {
  return {
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    language: article.language,
    direction: article.direction,
    published_at: article.publishedAt,
    text: article.text,
    created_at: article.createdAt,
    updated_at: article.updatedAt,
    deleted_at: article.deletedAt,
  };
}

export function sourceToRow(source: Source): Insertable<SourcesTable> {
  return {
    id: source.id,
    name: source.name,
    kind: source.kind ?? null,
    country: source.country ?? null,
    names: JSON.stringify(source.names),
    aliases: JSON.stringify(source.aliases),
    same_as: source.sameAs ?? null,
    people: JSON.stringify(source.people),
    institutions: JSON.stringify(source.institutions),
    created_at: source.createdAt,
    updated_at: source.updatedAt,
    deleted_at: null,
  };
}

/** The columns an Article is read from (not the computed length, hash, version or seq). */
export const ARTICLE_COLUMNS = [
  'id', 'title', 'outlet', 'url', 'language', 'direction', 'published_at', 'text', 'created_at', 'updated_at', 'deleted_at',
] as const;

export function articleFromRow(row: Pick<Selectable<ArticlesTable>, (typeof ARTICLE_COLUMNS)[number]>): Article {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    language: row.language,
    direction: row.direction,
    publishedAt: row.published_at,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

/** `kind`, `country` and `sameAs` are absent from the contract's Source when not set, as createSource leaves them. */
export function sourceFromRow(row: Selectable<SourcesTable>): Source {
  return {
    id: row.id,
    name: row.name,
    ...(row.kind !== null && { kind: toSourceKind(row.kind) }),
    ...(row.country !== null && { country: row.country }),
    names: row.names,
    aliases: row.aliases,
    ...(row.same_as !== null && { sameAs: row.same_as }),
    people: row.people,
    institutions: row.institutions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function userToRow(user: UserRecord): Insertable<UsersTable> {
  return {
    id: user.id,
    username: user.username,
    display_name: user.displayName,
    role: user.role,
    disabled: user.disabled,
    locale: user.locale,
    password_hash: user.passwordHash,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
  };
}

const isUiLanguage = (value: string | null): value is UiLanguage => (UI_LANGUAGES as readonly (string | null)[]).includes(value);

export function userFromRow(row: Omit<Selectable<UsersTable>, 'seq'>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled,
    locale: isUiLanguage(row.locale) ? row.locale : null, // unknown: null, as UserSchema's .catch(null) reads it
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function sessionToRow(session: SessionRecord): Insertable<SessionsTable> {
  return {
    token_hash: session.tokenHash,
    user_id: session.userId,
    csrf_token: session.csrfToken,
    created_at: session.createdAt,
    expires_at: session.expiresAt,
  };
}

export function sessionFromRow(row: Selectable<SessionsTable>): SessionRecord {
  return { tokenHash: row.token_hash, userId: row.user_id, csrfToken: row.csrf_token, createdAt: row.created_at, expiresAt: row.expires_at };
}

/** `before` and `after` may be any JSON; an absent one is stored as null, as appendAudit writes it. */
export function auditToRow(entry: AuditEntry): Insertable<AuditEntriesTable> {
  return {
    id: entry.id,
    at: entry.at,
    user_id: entry.userId,
    claim_id: entry.claimId,
    article_id: entry.articleId,
    action: entry.action,
    before: JSON.stringify(entry.before ?? null),
    after: JSON.stringify(entry.after ?? null),
  };
}

export function auditFromRow(row: Omit<Selectable<AuditEntriesTable>, 'seq'>): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    userId: row.user_id,
    claimId: row.claim_id,
    articleId: row.article_id,
    action: row.action,
    before: row.before,
    after: row.after,
  };
}

export function rejectionToRow(rejection: SuggestionRejection): Insertable<RejectedSuggestionsTable> {
  return { article_id: rejection.articleId, key: rejection.key, user_id: rejection.userId, at: rejection.at };
}

export function rejectionFromRow(row: Selectable<RejectedSuggestionsTable>): SuggestionRejection {
  return { articleId: row.article_id, key: row.key, userId: row.user_id, at: row.at };
}

/** The settings columns, as every read of the settings selects them. */
export const SETTINGS_COLUMNS = ['newsroom_name', 'newsroom_url', 'newsroom_names', 'public_base_url', 'logo_url', 'default_report_language', 'suggestion_threshold'] as const;

export function settingsFromRow(row: Pick<Selectable<SettingsTable>, (typeof SETTINGS_COLUMNS)[number]>): Settings {
  return SettingsSchema.parse({
    newsroomName: row.newsroom_name,
    newsroomUrl: row.newsroom_url,
    newsroomNames: row.newsroom_names,
    publicBaseUrl: row.public_base_url,
    logoUrl: row.logo_url,
    defaultReportLanguage: row.default_report_language,
    suggestionThreshold: row.suggestion_threshold,
  });
}

export function settingsToRow(settings: Settings): Omit<Insertable<SettingsTable>, 'id'> {
  return {
    newsroom_name: settings.newsroomName,
    newsroom_url: settings.newsroomUrl,
    newsroom_names: JSON.stringify(settings.newsroomNames),
    public_base_url: settings.publicBaseUrl,
    logo_url: settings.logoUrl,
    default_report_language: settings.defaultReportLanguage,
    suggestion_threshold: settings.suggestionThreshold,
  };
}

export function publicationToRow(p: Publication): Insertable<PublicationsTable> {
  return {
    id: p.id,
    article_id: p.articleId,
    slug: p.slug,
    version: p.version,
    status: p.status,
    snapshot: JSON.stringify(p.snapshot),
    published_at: p.publishedAt,
    published_by: p.publishedBy,
    corrections: JSON.stringify(p.corrections),
    withdrawn_at: p.withdrawnAt,
    withdrawn_reason: p.withdrawnReason,
  };
}

export function publicationFromRow(row: Selectable<PublicationsTable>): Publication {
  return {
    id: row.id,
    articleId: row.article_id,
    slug: row.slug,
    version: row.version,
    status: row.status,
    // Parsed: a snapshot published before migration 0009 holds bare verdict keys, read as the default verdicts frozen.
    snapshot: PublicationSnapshotSchema.parse(row.snapshot),
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    corrections: row.corrections,
    withdrawnAt: row.withdrawn_at,
    withdrawnReason: row.withdrawn_reason,
  };
}

export function sourceAuditToRow(entry: SourceAuditEntry): Insertable<SourceAuditEntriesTable> {
  return {
    id: entry.id,
    at: entry.at,
    user_id: entry.userId,
    source_id: entry.sourceId,
    action: entry.action,
    before: JSON.stringify(entry.before ?? null),
    after: JSON.stringify(entry.after ?? null),
  };
}

export function sourceAuditFromRow(row: Omit<Selectable<SourceAuditEntriesTable>, 'seq'>): SourceAuditEntry {
  return { id: row.id, at: row.at, userId: row.user_id, sourceId: row.source_id, action: row.action, before: row.before, after: row.after };
}
