// The entities of Claimdesk: the only definition of Source, Article, Sentence and Claim, shared by server and client.
import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { isNormalizedText } from './text.ts';
import { UI_LANGUAGES } from './locales.ts';
import { REFUSAL_MESSAGES as REFUSED } from './refusals.ts';
import { SourceInstitutionSchema, SourceKindSchema, SourcePersonSchema, toSourceKind } from './source-directory.ts';
import { PublishedVerdictSchema, RatingScaleChangeSchema, RatingScaleSchema, VerdictKeySchema, type VerdictKey } from './rating-scale.ts';

/** A claim's verdict: the key of a verdict of the desk's rating scale (domain/rating-scale.ts), checked against it by the server. */
export const VerdictSchema = VerdictKeySchema;
export type Verdict = VerdictKey;

export const DirectionSchema = z.enum(['ltr', 'rtl']);
export type Direction = z.infer<typeof DirectionSchema>;

/** Ids travel in URLs: letters, digits, `-` and `_` only, so no path traversal or odd characters get through. */
export const IdSchema = z
  .string()
  .min(1, REFUSED.not_empty)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, REFUSED.id_characters);

/** Text from users: well-formed UTF-16 (no lone surrogates), NFC-normalised on the way in. */
export const userText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), REFUSED.lone_surrogate)
    .transform((s) => s.normalize('NFC'));

/** Control characters (C0, DEL, C1) other than tab and line ends: nothing a person types means them. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** What ends a line (or jumps to a tab stop): fine in a note, never in a name or a title. */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;
/** Bidi embeddings and overrides (U+202A–U+202E): they reorder what follows them, e.g. to disguise a name. */
const BIDI_OVERRIDE = /[\u202A-\u202E]/;
/** The same and the bidi isolates (U+2066–U+2069), which a one-line value shown inside other text cannot keep. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * A one-line field (a name, a title, an alias, an outlet), as typed by a person: well-formed, NFC, and refused
 * with a reason (domain/refusals.ts) when it holds a control character, a line break or tab, or a bidi override
 * or isolate (issue 13, finding 14). The marks Arabic names use (LRM, RLM, ALM, ZWJ, ZWNJ) are accepted.
 */
export const singleLine = (max: number, min = 0) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((s) => s.isWellFormed(), REFUSED.lone_surrogate)
    .refine((s) => !CONTROL_CHARACTER.test(s), REFUSED.control_character)
    .refine((s) => !LINE_BREAK.test(s), REFUSED.single_line)
    .refine((s) => !BIDI_CONTROL.test(s), REFUSED.bidi_control)
    .transform((s) => s.normalize('NFC'));

/**
 * A multi-line field (a note, a comment): well-formed, NFC, `\n` line ends (CRLF and CR become `\n`), tabs allowed;
 * refused when it holds any other control character or a bidi embedding or override. Isolates may stay: they keep
 * a phrase in another direction from disturbing the lines around it.
 */
export const multiLine = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => s.isWellFormed(), REFUSED.lone_surrogate)
    .refine((s) => !CONTROL_CHARACTER.test(s), REFUSED.control_character)
    .refine((s) => !BIDI_OVERRIDE.test(s), REFUSED.bidi_control)
    .transform((s) => s.replace(/\r\n?/g, '\n').normalize('NFC'));

/** One of the languages Claimdesk's interface and report templates speak. */
export const UiLanguageSchema = z.enum(UI_LANGUAGES);

export const LanguageSchema = z
  .string()
  .max(LIMITS.language)
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, REFUSED.language_tag);

export const IsoDateSchema = z.iso.date({ message: REFUSED.date_format });
export const TimestampSchema = z.iso.datetime();

export const HttpUrlSchema = z
  .url({ protocol: /^https?$/, message: REFUSED.http_url })
  .max(LIMITS.url);

export const SourceSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(LIMITS.sourceName),
  /** From SOURCE_KINDS; a store written before the vocabulary may hold other words, read by toSourceKind. */
  kind: z.preprocess((v) => (typeof v === 'string' ? toSourceKind(v) : v), SourceKindSchema.optional()),
  /** The country a government (or presidency) speaks for, as an ISO 3166-1 code (`AM`). */
  country: z.string().max(8).optional(),
  /** Display names by language tag, e.g. `{ ar: "الكرملين", fr: "Kremlin" }`. */
  names: z.record(LanguageSchema, z.string().min(1).max(LIMITS.sourceName)),
  /** Every spelling the press uses for this source, in any language; used to preselect and suggest. */
  aliases: z.array(z.string().min(1).max(LIMITS.alias)).max(LIMITS.sourceAliases),
  /** A page that identifies the source elsewhere (Wikidata), carried by ClaimReview's `itemReviewed.author.sameAs`. */
  sameAs: HttpUrlSchema.optional(),
  /** People who speak for the source (issue 17): names, role phrases, dates. */
  people: z.array(SourcePersonSchema).max(LIMITS.sourcePeople).default([]),
  /** Institutions under the source, which speak for it. */
  institutions: z.array(SourceInstitutionSchema).max(LIMITS.sourceInstitutions).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const ArticleSchema = z.object({
  id: IdSchema,
  title: z.string().min(1).max(LIMITS.title),
  outlet: z.string().max(LIMITS.outlet),
  url: HttpUrlSchema.nullable(),
  language: LanguageSchema,
  direction: DirectionSchema,
  publishedAt: IsoDateSchema.nullable(),
  /** NFC, `\n` line ends, no trailing whitespace: every offset in the system points into this string. */
  text: z
    .string()
    .min(1)
    .max(LIMITS.articleText)
    .refine(isNormalizedText, REFUSED.normalized_text),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Set when the article was deleted; it can be restored with its claims until it is purged. */
  deletedAt: TimestampSchema.nullable().default(null),
});
export type Article = z.infer<typeof ArticleSchema>;

/** A sentence of an article: a half-open `[start, end)` range of UTF-16 units and the text it covers. */
export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

/** W3C Web Annotation TextQuoteSelector: the quoted text and a little context on each side. */
export const QuoteSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string().max(LIMITS.quoteContext),
  suffix: z.string().max(LIMITS.quoteContext),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const EvidenceSchema = z.object({
  url: HttpUrlSchema,
  title: userText(LIMITS.evidenceTitle).optional(),
  note: userText(LIMITS.evidenceNote).optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const REVIEW_STATES = ['pending', 'approved', 'returned'] as const;
export const ReviewStateSchema = z.enum(REVIEW_STATES);
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export const ReviewSchema = z.object({
  state: ReviewStateSchema,
  /** The editor's comment, above all when sending a claim back. */
  comment: z.string().max(LIMITS.note),
  decidedBy: IdSchema.nullable(),
  decidedAt: TimestampSchema.nullable(),
});
export type Review = z.infer<typeof ReviewSchema>;
export const PENDING_REVIEW: Review = { state: 'pending', comment: '', decidedBy: null, decidedAt: null };

export const ClaimSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  sourceId: IdSchema,
  /** Half-open `[start, end)` in UTF-16 code units of the article's stored text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: QuoteSchema,
  verdict: VerdictSchema,
  note: z.string().max(LIMITS.note),
  evidence: z.array(EvidenceSchema).max(LIMITS.evidenceItems),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Starts at 1 and grows by one with every change; a PATCH must name the version it read. */
  version: z.number().int().positive(),
  /** Who made the claim and who changed it last (user ids; null for claims made before accounts existed). */
  createdBy: IdSchema.nullable().default(null),
  updatedBy: IdSchema.nullable().default(null),
  /** The editor's decision on the verdict; back to pending whenever the verdict changes. */
  review: ReviewSchema.default(PENDING_REVIEW),
  /** Set when the claim was deleted; it can be brought back (undo) with the same id. */
  deletedAt: TimestampSchema.nullable().default(null),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** Claims counted by verdict key: every verdict of the scale present (0 when none; emptyVerdictCounts). */
export const VerdictCountsSchema = z.record(VerdictKeySchema, z.number().int().nonnegative());
export type VerdictCounts = z.infer<typeof VerdictCountsSchema>;

/** An article as listed: its metadata, its length and its claims counted by verdict (no text). */
export const ArticleSummarySchema = ArticleSchema.omit({ text: true, deletedAt: true }).extend({
  length: z.number().int().nonnegative(),
  claimCounts: VerdictCountsSchema,
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

/** An article as opened: its text split into sentences, with its claims. */
export const ArticleDetailSchema = ArticleSchema.extend({
  sentences: z.array(SentenceSchema),
  claims: z.array(ClaimSchema),
});
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;

/** A statement the machine proposes as a claim: its span, its likely speaker and why. */
export const SuggestionSchema = z.object({
  /** Stable identity within the article, so a rejected suggestion is not proposed again. */
  key: z.string().min(1).max(100),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string().min(1),
  sourceId: IdSchema.nullable(),
  reason: z.object({
    kind: z.enum(['quote', 'reported']),
    verb: z.string().nullable(),
    alias: z.string().nullable(),
    sentenceIndex: z.number().int().nonnegative(),
  }),
  /** Who speaks, as the article names them; also when they are none of the newsroom's sources (`sourceId: null`). */
  speaker: z.string().min(1).optional(),
  /** How sure the suggester is, 0..1: a quotation and a named speaker raise it. */
  score: z.number().min(0).max(1).optional(),
  /** What found the statement: quotation marks alone, a speech verb, a role phrase naming the speaker, `according to`. */
  cue: z.enum(['quote', 'speech-verb', 'role-phrase', 'according-to', 'inherited']).optional(),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A suggestion someone rejected: remembered so it is not proposed again. */
export const SuggestionRejectionSchema = z.object({
  articleId: IdSchema,
  key: z.string().min(1).max(100),
  userId: IdSchema.nullable(),
  at: TimestampSchema,
});
export type SuggestionRejection = z.infer<typeof SuggestionRejectionSchema>;

/** How sure a suggestion must be to be shown: a score between 0 and 1, as suggestions carry it. */
export const SuggestionThresholdSchema = z.number().min(0).max(1);

/**
 * The threshold a newsroom starts with: the highest that keeps recall whole on both gold sets (bench/suggestion-quality.ts).
 * A bare quotation (no speech verb, no known speaker) scores 0.4 and carries a tenth of the real-text gold's recall
 * (0.595 at 0.4, 0.503 above it), so the default shows it and hides only what scores lower.
 */
export const DEFAULT_SUGGESTION_THRESHOLD = 0.4;

/** Newsroom-wide settings: the name and site that published reports are signed with. */
/** The newsroom's name in each interface language it gave one for (issue 15): what a public page in that language signs. */
export const NewsroomNamesSchema = z.partialRecord(UiLanguageSchema, z.string().min(1).max(LIMITS.title));

export const SettingsSchema = z.object({
  newsroomName: z.string().min(1).max(LIMITS.title),
  newsroomUrl: HttpUrlSchema.nullable(),
  newsroomNames: NewsroomNamesSchema.default({}),
  /** Where readers reach the public pages (`https://factcheck.example.org`): the base of every public address. */
  publicBaseUrl: HttpUrlSchema.nullable().default(null),
  logoUrl: HttpUrlSchema.nullable().default(null),
  defaultReportLanguage: UiLanguageSchema.default('en'),
  /** Suggested statements scoring below this (0..1) are not shown (issue 17, item 4); see DEFAULT_SUGGESTION_THRESHOLD. */
  suggestionThreshold: SuggestionThresholdSchema.default(DEFAULT_SUGGESTION_THRESHOLD),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  newsroomName: 'Claimdesk newsroom',
  newsroomUrl: null,
  newsroomNames: {},
  publicBaseUrl: null,
  logoUrl: null,
  defaultReportLanguage: 'en',
  suggestionThreshold: DEFAULT_SUGGESTION_THRESHOLD,
};

export const ROLES = ['factchecker', 'editor'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UsernameSchema = z
  .string()
  .min(2)
  .max(LIMITS.username)
  .regex(/^[a-z0-9._-]+$/, REFUSED.username_characters);

/** A person as the API shows them: never with a password hash. */
export const UserSchema = z.object({
  id: IdSchema,
  username: UsernameSchema,
  displayName: z.string().min(1).max(LIMITS.displayName),
  role: RoleSchema,
  disabled: z.boolean(),
  /** The interface language the person chose (issue 8); null until they choose. */
  locale: UiLanguageSchema.nullable().catch(null).default(null),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;

/** What every signed-in user may know of the others: for names in timelines, filters and reports. */
export const PersonSchema = UserSchema.pick({ id: true, displayName: true, role: true, disabled: true });
export type Person = z.infer<typeof PersonSchema>;

/** A person as the store keeps them: with the scrypt hash of their password. */
export const UserRecordSchema = UserSchema.extend({ passwordHash: z.string().min(1) });
export type UserRecord = z.infer<typeof UserRecordSchema>;

/** A login: the store keeps only a hash of the cookie's token, never the token. */
export const SessionRecordSchema = z.object({
  tokenHash: z.string().min(1),
  userId: IdSchema,
  csrfToken: z.string().min(1),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
});
export type SessionRecord = z.infer<typeof SessionRecordSchema>;

export const AUDIT_ACTIONS = [
  'create', 'verdict', 'note', 'evidence', 'source', 'range', 'delete', 'undo', 'review',
  // Issue 15: the claim went public in a publication (`after`: its slug and version), or the publication was withdrawn.
  'publish', 'withdraw',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** One change to a claim, appended and never edited: who, when, what, and the values before and after. */
export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  userId: IdSchema.nullable(),
  claimId: IdSchema,
  articleId: IdSchema,
  action: AuditActionSchema,
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** What an editor did to a source (issue 17, item 1): `merge` on the source merged away, `into` naming the other. */
export const SOURCE_AUDIT_ACTIONS = ['create', 'update', 'merge', 'delete'] as const;
export const SourceAuditActionSchema = z.enum(SOURCE_AUDIT_ACTIONS);

/** One change to a source, appended and never edited, as a claim's AuditEntry. */
export const SourceAuditEntrySchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  userId: IdSchema.nullable(),
  sourceId: IdSchema,
  action: SourceAuditActionSchema,
  before: z.unknown(),
  after: z.unknown(),
});
export type SourceAuditEntry = z.infer<typeof SourceAuditEntrySchema>;

/** Counts of the claims a queue filter selects: what the review queue's chart and the export screen show. */
export const ClaimsSummarySchema = z.object({
  total: z.number().int().nonnegative(),
  byVerdict: VerdictCountsSchema,
  byReview: z.object(Object.fromEntries(REVIEW_STATES.map((s) => [s, z.number().int().nonnegative()])) as Record<ReviewState, z.ZodNumber>),
  /** One row per source that has claims: counts by verdict, those needing review most first (summary-order.ts). */
  bySource: z.array(z.object({ sourceId: IdSchema, counts: VerdictCountsSchema })),
});
export type ClaimsSummary = z.infer<typeof ClaimsSummarySchema>;

/** A page of GET /api/claims/page: the claims from `offset` on, in the query's order, and how many match in all. */
export const ClaimsPageSchema = z.object({
  claims: z.array(ClaimSchema),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});
export type ClaimsPage = z.infer<typeof ClaimsPageSchema>;

// A publication (issue 15, items 3 and 4): the frozen snapshot of an article's approved claims that its public page
// shows, one record per published version. Later edits to the claims change nothing public until republished. Here
// rather than in a module of its own because the store file holds publications (StoreDataSchema, below).

/** One approved claim as published: what the page and its ClaimReview say, names instead of ids. */
export const PublishedClaimSchema = z.object({
  claimId: IdSchema,
  /** 1, 2, …: the page's fragment `#claim-<n>`, stable for the claim across versions. */
  n: z.number().int().positive(),
  quote: z.string().min(1),
  source: z.object({ name: z.string(), localName: z.string(), kind: z.string().optional(), sameAs: z.string().optional() }).nullable(),
  /** The verdict as it was published (labels, sign, colour, rating): later edits of the scale change no public page. */
  verdict: PublishedVerdictSchema,
  note: z.string(),
  evidence: z.array(EvidenceSchema),
  checkedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: TimestampSchema.nullable(),
});
export type PublishedClaim = z.infer<typeof PublishedClaimSchema>;

export const PublicationSnapshotSchema = z.object({
  article: ArticleSchema.pick({ title: true, outlet: true, url: true, language: true, direction: true }).extend({
    publishedAt: IsoDateSchema.nullable(),
  }),
  claims: z.array(PublishedClaimSchema),
  /** When the page's first version went out: ClaimReview's datePublished on every version. */
  firstPublishedAt: TimestampSchema,
});
export type PublicationSnapshot = z.infer<typeof PublicationSnapshotSchema>;

export const CorrectionSchema = z.object({
  date: TimestampSchema,
  note: z.string().min(1).max(LIMITS.note),
  claimId: IdSchema.optional(),
});
export type Correction = z.infer<typeof CorrectionSchema>;

export const PUBLICATION_STATUSES = ['published', 'withdrawn'] as const;

export const PublicationSchema = z.object({
  id: IdSchema,
  articleId: IdSchema,
  /** The page's address under /v/: the article's id, which is already URL-safe and never changes. */
  slug: IdSchema,
  version: z.number().int().positive(),
  status: z.enum(PUBLICATION_STATUSES),
  snapshot: PublicationSnapshotSchema,
  publishedAt: TimestampSchema,
  publishedBy: IdSchema.nullable(),
  /** Every correction so far, oldest first: each version keeps those of the versions before it. */
  corrections: z.array(CorrectionSchema),
  withdrawnAt: TimestampSchema.nullable(),
  withdrawnReason: z.string().nullable(),
});
export type Publication = z.infer<typeof PublicationSchema>;

/** Everything the store file holds. */
export const StoreDataSchema = z.object({
  schemaVersion: z.literal(1),
  settings: SettingsSchema.default(DEFAULT_SETTINGS),
  sources: z.array(SourceSchema),
  articles: z.array(ArticleSchema),
  claims: z.array(ClaimSchema),
  users: z.array(UserRecordSchema).default([]),
  sessions: z.array(SessionRecordSchema).default([]),
  audit: z.array(AuditEntrySchema).default([]),
  sourceAudit: z.array(SourceAuditEntrySchema).default([]),
  rejectedSuggestions: z.array(SuggestionRejectionSchema).default([]),
  publications: z.array(PublicationSchema).default([]),
  /** The desk's rating scale; absent until a desk edits it (DEFAULT_RATING_SCALE). */
  ratingScale: RatingScaleSchema.optional(),
  /** Every change of the rating scale, oldest first. */
  ratingScaleChanges: z.array(RatingScaleChangeSchema).default([]),
});
export type StoreData = z.infer<typeof StoreDataSchema>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    /**
     * The values the message names, so the client can say it in the user's language by `code`: a title, a count,
     * `kind` of what was not found; for invalid_request the zod `issue` and its values, or a `reason` (domain/refusals.ts).
     */
    params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    /** With 409 version_conflict: the claim as the server has it now. */
    current: ClaimSchema.optional(),
    /** With 409 duplicate_article: the article that already holds this text. */
    articleId: IdSchema.optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
