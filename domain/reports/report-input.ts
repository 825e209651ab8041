// What every report builder reads: the claims in scope with their articles and sources, and who publishes the report.
import { z } from 'zod';
import type { UiLanguage } from '../locales.ts';
import { ClaimSchema, ReviewStateSchema, type Article, type Source } from '../schemas.ts';
import type { ReportLabels } from './labels.ts';

/**
 * A claim as a report shows it: the stored claim plus the name of who checked it and, when the scope is meant for
 * publication, its review state (null or absent: reviews do not apply, every reviewed verdict counts as published).
 */
export const ReportClaimSchema = ClaimSchema.extend({
  checkedBy: z.string().nullable().optional(),
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
  /** `@font-face` rules the server supplies (e.g. Noto Naskh Arabic); inlined into the HTML report's `<style>`. */
  fontCss?: string;
}
