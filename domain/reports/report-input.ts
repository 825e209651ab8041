// What every report builder reads: the claims in scope with their articles and sources, and who publishes the report;
// whole (ReportInput), or with the claims still to come from the store (ReportStream).
import { z } from 'zod';
import type { UiLanguage } from '../locales.ts';
import { DEFAULT_RATING_SCALE, type RatingScaleBody } from '../rating-scale.ts';
import { ClaimSchema, ReviewStateSchema, TimestampSchema, type Article, type Source } from '../schemas.ts';
import type { ClaimReviewLd } from './claimreview.ts';
import type { ReportLabels } from './labels.ts';

/** Claim id → the ClaimReview its current public page embeds (ReportInput.publicClaimReviews). */
export type PublicClaimReviews = Record<string, ClaimReviewLd>;

/**
 * A claim as a report shows it: the stored claim plus the names of who checked it (the fact-checker who set its
 * verdict, else who made it) and of the editor who approved it, when, and its review state (null or absent: reviews
 * do not apply, every reviewed verdict counts as published).
 */
export const ReportClaimSchema = ClaimSchema.extend({
  checkedBy: z.string().nullable().optional(),
  /** The approving editor's name and the time of approval; null unless the claim is approved. */
  approvedBy: z.string().nullable().optional(),
  approvedAt: TimestampSchema.nullable().optional(),
  reviewState: ReviewStateSchema.nullable().optional(),
});
export type ReportClaim = z.infer<typeof ReportClaimSchema>;

export interface ReportInput {
  /** e.g. the article title, or a description of the queue filter. */
  title: string;
  /** Human description of the scope, e.g. "All claims of one article". */
  scope: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  newsroom: { name: string; url?: string | null };
  /** Where Claimdesk is served, e.g. "http://localhost:3000"; claim URLs are built on it. */
  baseUrl: string;
  /**
   * The publication formats' (ClaimReview, the package): claim id → the ClaimReview that the claim's current public
   * page embeds, built from the frozen publication (domain/publication/claim-reviews.ts). A claim not listed is on no
   * public page, and gets no ClaimReview: one may point only at the public page that carries it (issue 15).
   */
  publicClaimReviews?: PublicClaimReviews;
  /** Every article a claim belongs to, with its text. */
  articles: Article[];
  sources: Source[];
  claims: ReportClaim[];
  /**
   * The template language: its labels (every human-visible string of the HTML and Markdown reports, see labels.ts)
   * and, unless `locale` says otherwise, its Intl locale. Plain data, so an input can cross to a worker thread.
   * Default English.
   */
  language?: UiLanguage;
  /** Labels that override those of `language`. */
  labels?: Partial<ReportLabels>;
  /** Locale for Intl dates and numbers in the human report; defaults to the labels' language ('en'). */
  locale?: string;
  /** IANA time zone for dates and times in the human report; default 'UTC'. */
  timeZone?: string;
  /** Which part of a scope split into parts (LIMITS.reportPartClaims claims each) this report is, counted from 1. */
  part?: { index: number; count: number };
  /**
   * The export's own id (domain/reports/export-id.ts): the Web Annotation collection's. Absent, the builders derive
   * one from the claims they are given.
   */
  exportId?: string;
  /** `@font-face` rules the server supplies (e.g. Noto Naskh Arabic); inlined into the HTML report's `<style>`. */
  fontCss?: string;
  /**
   * The desk's rating scale: the verdicts' names, colours, signs, order and ClaimReview ratings. The server always
   * gives the desk's; absent, DEFAULT_RATING_SCALE (reportScale).
   */
  scale?: RatingScaleBody;
}

/** The scale a report uses: its input's, else the default one. */
export function reportScale(input: Pick<ReportInput, 'scale'>): RatingScaleBody {
  return input.scale ?? DEFAULT_RATING_SCALE;
}

/**
 * A report input whose claims are read while the report is written (a store cursor's batches), for the data exports
 * (csvStream, jsonReportStream, claimReviewStream, webAnnotationStream): what the file says before its claims is
 * here whole; the claims come a batch at a time, so that a large scope is never all in memory.
 */
export interface ReportStream extends Omit<ReportInput, 'claims'> {
  /** Only the sources that the claims cite (ReportInput lists them all, and the builders pick). */
  sources: Source[];
  /** Known before the claims are read: the collection's id is written first. */
  exportId: string;
  /** How many claims `claims` gives: the Web Annotation collection states its total before its items. */
  claimCount: number;
  /** How many of them are approved (approvedAt set): each has a second, `moderating` annotation. */
  approvedCount: number;
  /**
   * With publicClaimReviews: how many of them are on a current public page (and so in a ClaimReview export), counted
   * before they are read.
   */
  publishedCount?: number;
  /** The claims in reading order (indexReport's: by article in `articles` order, then start and end), in batches. */
  claims: AsyncIterable<readonly ReportClaim[]>;
}
