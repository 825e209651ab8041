// Every human-visible string of the HTML and Markdown reports, so that a translation is one object and the templates
// hold no English. Counts are functions of the number (for plural rules) and of its locale-formatted form (for display).
import type { Direction, ReviewState, Verdict } from '../schemas.ts';

export interface ReportLabels {
  /** BCP 47 tag of the template language: the report's `<html lang>` and the default Intl locale. */
  language: string;
  /** Writing direction of the template: the report's `<html dir>`. */
  direction: Direction;
  /** The document `<title>`, from the report title. */
  documentTitle: (title: string) => string;
  reportKind: string;
  newsroom: string;
  scope: string;
  generatedAt: string;
  claimCount: (count: number, shown: string) => string;
  articlesHeading: string;
  outlet: string;
  published: string;
  articleLanguage: string;
  articleLink: string;
  notRecorded: string;
  summaryHeading: string;
  byVerdict: string;
  bySource: string;
  sourceColumn: string;
  verdictColumn: string;
  countColumn: string;
  totalColumn: string;
  chartTitle: string;
  chartDescription: string;
  claimsHeading: string;
  claimHeading: (position: number, shown: string) => string;
  source: string;
  verdict: string;
  article: string;
  note: string;
  evidence: string;
  checkedBy: string;
  checkedOn: string;
  reviewState: string;
  context: string;
  openInClaimdesk: string;
  noClaims: string;
  unknownSource: string;
  verdicts: Record<Verdict, string>;
  reviewStates: Record<ReviewState, string>;
}

export const EN_REPORT_LABELS: ReportLabels = {
  language: 'en',
  direction: 'ltr',
  documentTitle: (title) => `Verification report: ${title}`,
  reportKind: 'Verification report',
  newsroom: 'Newsroom',
  scope: 'Scope',
  generatedAt: 'Generated',
  claimCount: (count, shown) => (count === 1 ? `${shown} claim` : `${shown} claims`),
  articlesHeading: 'Articles',
  outlet: 'Outlet',
  published: 'Published',
  articleLanguage: 'Language',
  articleLink: 'Link',
  notRecorded: 'Not recorded',
  summaryHeading: 'Summary',
  byVerdict: 'Claims by verdict',
  bySource: 'Claims by source',
  sourceColumn: 'Source',
  verdictColumn: 'Verdict',
  countColumn: 'Claims',
  totalColumn: 'Total',
  chartTitle: 'Claims by source, stacked by verdict',
  chartDescription: 'One bar per source; its segments count the claims of each verdict. The table above gives the same figures.',
  claimsHeading: 'Claims',
  claimHeading: (_position, shown) => `Claim ${shown}`,
  source: 'Source',
  verdict: 'Verdict',
  article: 'Article',
  note: 'Note',
  evidence: 'Evidence',
  checkedBy: 'Checked by',
  checkedOn: 'Last updated',
  reviewState: 'Review',
  context: 'Context',
  openInClaimdesk: 'Open in Claimdesk',
  noClaims: 'No claims in this scope.',
  unknownSource: 'Unknown source',
  verdicts: { unreviewed: 'Unreviewed', corroborated: 'Corroborated', disputed: 'Disputed' },
  reviewStates: { pending: 'Pending review', approved: 'Approved', returned: 'Returned for changes' },
};

/** The labels a report uses: the English defaults overridden by whatever the input supplies. */
export function resolveLabels(labels: Partial<ReportLabels> | undefined): ReportLabels {
  return { ...EN_REPORT_LABELS, ...labels };
}
