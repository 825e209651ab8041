// Entities of the contract to and from PostgreSQL rows (migration 0001's tables): the one place where camelCase
// meets snake_case and nested values become jsonb text.
import type { Insertable, Selectable } from 'kysely';
import type { Article, Claim, Source, Verdict } from '../../../domain/schemas.ts';
import type { ArticlesTable, ClaimsTable, SourcesTable } from './database.ts';

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
    created_at: source.createdAt,
    updated_at: source.updatedAt,
    deleted_at: null,
  };
}
