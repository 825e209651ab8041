// The repositories: what services and routes may ask of a store, one interface per aggregate, each offering exactly
// the queries the app makes (paged, filtered, sorted and counted by the store), never "everything". Two stores
// implement them: lowdb over its journal (server/store/low-repositories.ts) and PostgreSQL
// (server/store/postgres/pg-repositories.ts); tests/server/store-contract.test.ts holds both to the same behaviour.
//
// Reads go through `store.read` (or `store.snapshot`, for reads that must agree with each other over time), changes
// through `store.transaction`: one unit of work, atomic on every store (all of its writes are kept or none), whose
// reads see its own writes. A unit of work must not wait on anything but its repositories (no password hashing, no
// workers): on lowdb, units of work run one at a time.
import type { RatingScale, RatingScaleChange } from '../../domain/rating-scale.ts';
import type { ClaimsQuery } from '../../domain/requests.ts';
import type {
  Article,
  ArticleSummary,
  AuditEntry,
  Claim,
  ClaimsPage,
  ClaimsSummary,
  Publication,
  SessionRecord,
  Settings,
  Source,
  SourceAuditEntry,
  SuggestionRejection,
  UserRecord,
} from '../../domain/schemas.ts';

export interface ArticleRepository {
  /** Live articles without their text, newest first, then by title, then in insertion order, with live claim counts. */
  summaries(): Promise<ArticleSummary[]>;
  /** The article with this id, live or deleted. */
  find(id: string): Promise<Article | undefined>;
  /** The live article whose text is exactly `text`, other than `exceptId`. */
  findLiveByText(text: string, exceptId?: string): Promise<Article | undefined>;
  /** Articles with these ids (live or not), in insertion order. */
  findMany(ids: readonly string[]): Promise<Article[]>;
  insert(article: Article): Promise<void>;
  /** Replaces the article with `next.id`. */
  update(next: Article): Promise<void>;
}

/** A part of a reading order: `limit` claims from the `offset`th. */
export type ClaimRange = { offset: number; limit: number };

export interface ClaimReferences {
  articleIds: string[];
  sourceIds: string[];
  /** claimVersionsDigest (domain/reports/export-id.ts) of the same claims: what names the export before it is read. */
  versionsDigest: string;
  /** How many of them an editor approved (with a decision time): a Web Annotation export's approval annotations. */
  approvedCount: number;
  /** How many of them have an id in referencesOf's `among` (0 without it): a ClaimReview export's claims on public pages. */
  amongCount: number;
}

export interface ClaimRepository {
  /** The claim with this id, live or deleted, whatever its article. */
  find(id: string): Promise<Claim | undefined>;
  /** An article's live claims in text order (start, end, insertion). */
  ofArticle(articleId: string): Promise<Claim[]>;
  /** How many live claims an article has. */
  countOfArticle(articleId: string): Promise<number>;
  /** How many live claims are attributed to a source. */
  countOfSource(sourceId: string): Promise<number>;
  /** Every claim attributed to a source, live or deleted, in insertion order: what moves when it is merged or removed. */
  ofSource(sourceId: string): Promise<Claim[]>;
  /** Every live claim (of a live article) `query` selects, in its sort (default `-updatedAt`); `userId` resolved. */
  list(query: ClaimsQuery): Promise<Claim[]>;
  /** One page of `list(query)` and how many match in all. */
  page(query: ClaimsQuery, offset: number, limit: number): Promise<ClaimsPage>;
  /** The counts of the claims `query` selects, by verdict, review state and source. */
  summary(query: ClaimsQuery): Promise<ClaimsSummary>;
  /**
   * The claims `query` selects in a report's reading order: by article in insertion order, then start, end and
   * insertion; `offset`/`limit` pick a part. Comes in batches so that a large scope is never all in memory at once.
   */
  inReadingOrder(query: ClaimsQuery, range?: ClaimRange): AsyncIterable<Claim[]>;
  /**
   * The distinct articles and sources that the claims `query` selects (or the part `range` of them, in reading order)
   * refer to, in no set order: what a report streamed from inReadingOrder lists before its claims; and how many of
   * them have an id in `among`.
   */
  referencesOf(query: ClaimsQuery, range?: ClaimRange, among?: readonly string[]): Promise<ClaimReferences>;
  /** Live claims (of live articles) counted by verdict key: only keys in use are present. */
  verdictUsage(): Promise<Record<string, number>>;
  /** Every claim with this verdict, live or deleted (a removed verdict's claims move, deleted ones too). */
  withVerdict(verdict: string): Promise<Claim[]>;
  insert(claim: Claim): Promise<void>;
  /**
   * Replaces the claim with `next.id` if it is still at `expectedVersion`; false (and nothing written) when someone
   * changed it meanwhile. PostgreSQL: UPDATE … WHERE id = $1 AND version = $2.
   */
  update(next: Claim, expectedVersion: number): Promise<boolean>;
}

export interface AuditRepository {
  append(entries: readonly AuditEntry[]): Promise<void>;
  /** A claim's entries in the order they were written. */
  history(claimId: string): Promise<AuditEntry[]>;
  /** The histories of several claims (the publication package). */
  histories(claimIds: readonly string[]): Promise<Map<string, AuditEntry[]>>;
  /**
   * Who checked each of these claims (one query for a batch): the user of its latest `verdict` entry, else of its
   * `create` entry; entries without a user are passed over, and a claim with neither is absent from the map.
   */
  verdictAuthors(claimIds: readonly string[]): Promise<Map<string, string>>;
}

export interface SourceRepository {
  /** Every source, by name (ICU root collation, as Intl.Collator('en')). */
  list(): Promise<Source[]>;
  find(id: string): Promise<Source | undefined>;
  /** The source named `name`, case-insensitively, other than `exceptId`. */
  findByName(name: string, exceptId?: string): Promise<Source | undefined>;
  /**
   * Whether this id is taken: by a source, or by a removed one that a claim (live or deleted) or a source audit entry
   * still names, so that an undone deletion never lands on a newcomer, nor a source's history on another. PostgreSQL keeps every removed source's row, hence its id.
   */
  idTaken(id: string): Promise<boolean>;
  insert(source: Source): Promise<void>;
  update(next: Source): Promise<void>;
  remove(id: string): Promise<void>;
  /** Records changes to sources (issue 17): append-only, like a claim's audit log. */
  appendAudit(entries: readonly SourceAuditEntry[]): Promise<void>;
  /** A source's entries (removed or merged ones too) in the order they were written. */
  history(sourceId: string): Promise<SourceAuditEntry[]>;
}

export interface UserRepository {
  /** Every account, by display name. */
  list(): Promise<UserRecord[]>;
  find(id: string): Promise<UserRecord | undefined>;
  /** `username` as stored (lowercase). */
  findByUsername(username: string): Promise<UserRecord | undefined>;
  count(): Promise<number>;
  /** How many editors are not disabled. */
  countActiveEditors(): Promise<number>;
  insert(user: UserRecord): Promise<void>;
  update(next: UserRecord): Promise<void>;
}

export interface SessionRepository {
  /** The session with this token hash and its account, when both exist. */
  find(tokenHash: string): Promise<{ session: SessionRecord; user: UserRecord } | undefined>;
  /** Adds a session and drops those expired by `now` (ISO). */
  open(session: SessionRecord, now: string): Promise<void>;
  remove(tokenHash: string): Promise<void>;
  removeForUser(userId: string): Promise<void>;
}

export interface SuggestionRepository {
  /** The keys of an article's rejected suggestions. */
  rejectedKeys(articleId: string): Promise<Set<string>>;
  reject(rejections: readonly SuggestionRejection[]): Promise<void>;
}

export interface PublicationRepository {
  /** The latest version published for this article (published or withdrawn), if any. */
  latestOfArticle(articleId: string): Promise<Publication | undefined>;
  /** The latest version at this slug, if any. */
  latestBySlug(slug: string): Promise<Publication | undefined>;
  /** The latest version of each slug that is published (not withdrawn), newest first, at most `limit`. */
  listPublished(limit: number): Promise<Publication[]>;
  insert(publication: Publication): Promise<void>;
  /** Replaces the version with `next.id` (a withdrawal). */
  update(next: Publication): Promise<void>;
}

export interface SettingsRepository {
  get(): Promise<Settings>;
  put(settings: Settings): Promise<void>;
}

export interface RatingScaleRepository {
  /** The desk's scale: DEFAULT_RATING_SCALE until one is stored. */
  get(): Promise<RatingScale>;
  /**
   * Stores `next` if the stored scale is still at `expectedVersion`, and records `change`; false (nothing written)
   * when someone changed it meanwhile. Claims must not use a verdict `next` drops when the unit of work ends.
   */
  put(next: RatingScale, expectedVersion: number, change: RatingScaleChange): Promise<boolean>;
  /** Every change of the scale, oldest first. */
  changes(): Promise<RatingScaleChange[]>;
}

export interface Repositories {
  articles: ArticleRepository;
  claims: ClaimRepository;
  audit: AuditRepository;
  sources: SourceRepository;
  users: UserRepository;
  sessions: SessionRepository;
  suggestions: SuggestionRepository;
  settings: SettingsRepository;
  publications: PublicationRepository;
  ratingScale: RatingScaleRepository;
}

/** Whether the store can serve: reachable, and (PostgreSQL) every migration applied. */
export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * A counter store for the sign-in limits (express-rate-limit's Store): in the database on PostgreSQL, so that every
 * server counts the same failures; in memory on lowdb (one process).
 */
export interface AttemptCounters {
  increment(key: string, windowMs: number, now: Date): Promise<{ totalHits: number; resetTime: Date }>;
  decrement(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

export interface Store {
  readonly kind: 'lowdb' | 'postgres';
  /** Reads of the last committed state. */
  readonly read: Repositories;
  /** Runs `work` as one unit of work: its writes are all kept when it resolves, none when it throws. */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs `work` on reads of one moment's committed state, whatever commits while it runs, so that a report sent as
   * it is read (to a slow client, for minutes) counts, lists and reads its claims from one state. Writing through
   * it throws; it holds no lock that a unit of work would wait for. PostgreSQL: a READ ONLY, REPEATABLE READ
   * transaction, one connection held until `work` settles; lowdb: the state as it was when called.
   */
  snapshot<T>(work: (read: Repositories) => Promise<T>): Promise<T>;
  readiness(): Promise<Readiness>;
  /** Shared counters for the sign-in limits, or undefined to keep them in this process's memory. */
  readonly attempts?: AttemptCounters;
  /** Waits for what is being written and lets go of files or connections. */
  close(): Promise<void>;
}
