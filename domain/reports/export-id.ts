// The id of one export: a `urn:uuid:` UUID version 5 named by a digest of what the export holds (its claims' ids and
// versions, its scope, format and language), so that two exports differ in id unless they hold the same versions,
// and re-exporting them gives the same id (issue 15). Web Annotation pages get their own UUIDs under that id.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { v5 as uuidv5 } from 'uuid';
import type { ReportClaim, ReportInput } from './report-input.ts';

/** The namespace of Claimdesk export ids (a fixed random UUID: only names under it need to be unique). */
export const EXPORT_ID_NAMESPACE = '3f1c7a52-8f0e-4d8b-9a51-0c6e2b7d9e14';

/** A claim as the digest counts it: which claim, at which version. */
export interface ClaimVersion {
  id: string;
  version: number;
}

/**
 * The SHA-256 (hex) of the lines `id:version\n`, sorted by id in code-unit order: the same for the same set of claim
 * versions whatever order they come in. PostgreSQL computes the same digest in SQL (referencesQuery, ids sort as
 * `collate "C"`: they are ASCII), so that a streamed export knows it before reading a claim.
 */
export function claimVersionsDigest(claims: Iterable<ClaimVersion>): string {
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return bytesToHex(sha256(utf8ToBytes(sorted.map((c) => `${c.id}:${c.version}\n`).join(''))));
}

export interface ExportIdParts {
  /** claimVersionsDigest of the export's claims. */
  versionsDigest: string;
  /** The filters and part that selected them (a report query without its format, language or purpose). */
  scope: Record<string, unknown>;
  format: string;
  language: string;
}

/** The scope's entries sorted by key, undefined ones left out: the same scope always reads the same. */
const canonicalScope = (scope: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The export's id: `urn:uuid:` and the UUID v5 of its parts under EXPORT_ID_NAMESPACE. */
export function exportId(parts: ExportIdParts): string {
  const name = JSON.stringify([parts.versionsDigest, canonicalScope(parts.scope), parts.format, parts.language]);
  return `urn:uuid:${uuidv5(name, EXPORT_ID_NAMESPACE)}`;
}

/** The id of page `index` (from 1) of the collection `collectionId`: its own UUID v5 named under the collection's. */
export function exportPageId(collectionId: string, index: number): string {
  const namespace = /^urn:uuid:([0-9a-f-]{36})$/i.exec(collectionId)?.[1] ?? uuidv5(collectionId, EXPORT_ID_NAMESPACE);
  return `urn:uuid:${uuidv5(`page-${index}`, namespace)}`;
}

/**
 * The id of an input that names none (builders called without the server's report-scope): from its claims, its
 * scope in words, `format` and language.
 */
export function inputExportId(input: Pick<ReportInput, 'claims' | 'scope' | 'language' | 'exportId'>, format: string): string {
  return input.exportId ?? exportId({ versionsDigest: claimVersionsDigest(input.claims), scope: { scope: input.scope }, format, language: input.language ?? 'en' });
}

/** A stable `urn:uuid:` for one version of a claim's annotation of `kind` (`assessing`, `moderating`). */
export function claimAnnotationId(claim: Pick<ReportClaim, 'id' | 'version'>, kind: string): string {
  return `urn:uuid:${uuidv5(`${kind}:${claim.id}:${claim.version}`, EXPORT_ID_NAMESPACE)}`;
}
