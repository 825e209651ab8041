// The report template in English: the default, and what any label a translation lacks falls back to.
import type { ReportLabels, ReportScope, TemplateLabels } from '../labels.ts';
import { isolate } from '../../bidi.ts';
import { plural } from './plural.ts';

const reviewStates: ReportLabels['reviewStates'] = { pending: 'Pending review', approved: 'Approved', returned: 'Returned for changes' };
const claimCount = plural('en', { one: (n) => `${n} claim`, other: (n) => `${n} claims` });

function period(from?: string, to?: string): string | undefined {
  if (from && to) return `changed between ${from} and ${to}`;
  if (from) return `changed since ${from}`;
  return to && `changed until ${to}`;
}

function describeScope(scope: ReportScope): string {
  const parts = [
    scope.article !== undefined && `article “${isolate(scope.article)}”`,
    scope.verdict && `verdict “${scope.verdict}”`,
    scope.review && `review “${reviewStates[scope.review]}”`,
    scope.source !== undefined && `source “${isolate(scope.source)}”`,
    scope.checkedBy !== undefined && `checked by ${isolate(scope.checkedBy)}`,
    period(scope.from, scope.to),
  ].filter((part) => typeof part === 'string');
  const which = scope.approvedOnly ? 'Claims an editor approved' : 'All claims';
  return parts.length > 0 ? `${which}: ${parts.join(', ')}` : which;
}

export const EN_REPORT_LABELS: TemplateLabels = {
  language: 'en',
  direction: 'ltr',
  documentTitle: (title) => `Verification report: ${isolate(title)}`,
  reportTitle: (count, shown) => `Verification report (${claimCount(count, shown)})`,
  describeScope,
  scopePart: (scope, index, count) => `${scope} (part ${index} of ${count})`,
  withColon: (label) => `${label}:`,
  reportKind: 'Verification report',
  newsroom: 'Newsroom',
  scope: 'Scope',
  generatedAt: 'Generated',
  claimCount,
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
  approvedBy: 'Approved by',
  approvedOn: (date) => `on ${date}`,
  reviewState: 'Review',
  context: 'Context',
  openInClaimdesk: 'Open in Claimdesk',
  noClaims: 'No claims in this scope.',
  unknownSource: 'Unknown source',
  reviewStates,
};
