// The eight report formats as the export screen offers them: a name, who each is for, and what it holds.
import type { ReportFormat } from '../../../../domain/requests.ts';

export interface FormatMeta {
  format: ReportFormat;
  label: string;
  /** One line: what the file is and who it is for. */
  description: string;
}

export const FORMAT_META: Record<ReportFormat, FormatMeta> = {
  html: { format: 'html', label: 'HTML report', description: 'For editors and readers: the summary and every claim with its quote, verdict and evidence; opens in any browser and prints.' },
  pdf: { format: 'pdf', label: 'PDF', description: 'For filing and sharing: the same report, printed to A4 by the server. Takes a few seconds.' },
  csv: { format: 'csv', label: 'CSV', description: 'For spreadsheets: one row a claim, and Arabic opens correctly in Excel and LibreOffice.' },
  json: { format: 'json', label: 'JSON', description: 'For developers and archives: the claims with their article and source, as Claimdesk’s API defines them.' },
  md: { format: 'md', label: 'Markdown', description: 'For newsletters, wikis and chat: the report as plain text with light formatting.' },
  claimreview: { format: 'claimreview', label: 'ClaimReview', description: 'For search engines and fact-check aggregators: schema.org JSON-LD, signed with your newsroom’s name.' },
  webannotation: { format: 'webannotation', label: 'Web Annotation', description: 'For annotation tools such as Hypothesis: W3C JSON-LD, each claim anchored to its quote in the article.' },
  package: { format: 'package', label: 'Publication package (.zip)', description: 'For the newsroom’s records: HTML, PDF, ClaimReview, Web Annotation, data and each claim’s history in one file.' },
};
