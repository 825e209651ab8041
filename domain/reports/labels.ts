// Every human-visible string of the HTML and Markdown reports, so that a translation is one object and the templates
// hold no English: one module per template language (labels/en.ts, fr.ts, ar.ts), picked by `reportLabels`. Counts are
// functions of the number (for plural rules) and of its locale-formatted form (for display).
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '../locales.ts';
import { DEFAULT_RATING_SCALE, type RatingScaleBody } from '../rating-scale.ts';
import type { Direction, ReviewState } from '../schemas.ts';
import { AR_REPORT_LABELS } from './labels/ar.ts';
import { EN_REPORT_LABELS } from './labels/en.ts';
import { FR_REPORT_LABELS } from './labels/fr.ts';
import type { ReportInput } from './report-input.ts';

/** What a report covers, as values that the labels put into words (`describeScope`). */
export interface ReportScope {
  /** Only the claims an editor approved (what is published), or every claim in scope. */
  approvedOnly: boolean;
  /** The title of the one article. */
  article?: string;
  /** The verdict's name in the report's language (from the desk's scale). */
  verdict?: string;
  review?: ReviewState;
  /** The source's name, in the report's language when it has one. */
  source?: string;
  /** The person whose claims these are (display name). */
  checkedBy?: string;
  /** First and last day of the claims' last change, as the report's locale writes them. */
  from?: string;
  to?: string;
}

export interface ReportLabels {
  /** BCP 47 tag of the template language: the report's `<html lang>` and the default Intl locale. */
  language: string;
  /** Writing direction of the template: the report's `<html dir>`. */
  direction: Direction;
  /** The document `<title>`, from the report title. */
  documentTitle: (title: string) => string;
  /** The title of a report across articles (one article's report takes the article's title). */
  reportTitle: (count: number, shown: string) => string;
  /** The scope in words, for the report's header. */
  describeScope: (scope: ReportScope) => string;
  /** The scope of one part of a report downloaded in parts: `index` and `count` as the locale writes numbers. */
  scopePart: (scope: string, index: string, count: string) => string;
  /** A label as the language writes it before a value: "Source:", in French "Source :" (narrow no-break space). */
  withColon: (label: string) => string;
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
  /** The editor who approved the claim; the value is the name, then approvedOn of the day. */
  approvedBy: string;
  /** After the approving editor's name: "on 5 December 2026", with the date as the locale writes it. */
  approvedOn: (date: string) => string;
  reviewState: string;
  context: string;
  openInClaimdesk: string;
  noClaims: string;
  unknownSource: string;
  /** Each verdict's name, by key: from the desk's scale in the template language (scaleLabels), never hard-coded. */
  verdicts: Record<string, string>;
  reviewStates: Record<ReviewState, string>;
}

export { EN_REPORT_LABELS, FR_REPORT_LABELS, AR_REPORT_LABELS };

/** What a template language words itself: everything but the verdicts, which the desk's scale names. */
export type TemplateLabels = Omit<ReportLabels, 'verdicts'>;

const LABELS: Record<UiLanguage, TemplateLabels> = { en: EN_REPORT_LABELS, fr: FR_REPORT_LABELS, ar: AR_REPORT_LABELS };

/** The verdicts' names of `scale` in `language`, by key. */
export function scaleLabels(scale: Pick<RatingScaleBody, 'verdicts'>, language: UiLanguage): Record<string, string> {
  return Object.fromEntries(scale.verdicts.map((v) => [v.key, v.labels[language]]));
}

/** The labels of a template language, with the verdicts of `scale` (default: DEFAULT_RATING_SCALE). */
export function reportLabels(language: UiLanguage, scale: Pick<RatingScaleBody, 'verdicts'> = DEFAULT_RATING_SCALE): ReportLabels {
  return { ...LABELS[language], verdicts: scaleLabels(scale, language) };
}

/** The labels a report uses: those of its language (default English) and scale, overridden by what the input supplies. */
export function resolveLabels(input: Pick<ReportInput, 'language' | 'labels' | 'scale'>): ReportLabels {
  const base = reportLabels(input.language ?? DEFAULT_UI_LANGUAGE, input.scale);
  return { ...base, ...input.labels, verdicts: { ...base.verdicts, ...input.labels?.verdicts } };
}
