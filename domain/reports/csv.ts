// The CSV export: one row per claim, UTF-8 with a byte-order mark so spreadsheets open Arabic correctly, and every
// cell that a spreadsheet could run as a formula neutralised (OWASP "CSV injection").
import Papa from 'papaparse';
import type { ReportInput } from './report-input.ts';
import { claimUrl, indexReport } from './summary.ts';

/** Stable column keys, so that other tools can read the file back whatever the interface language. */
export const CSV_COLUMNS = [
  'claim_id',
  'article_title',
  'article_url',
  'article_language',
  'source',
  'verdict',
  'quote',
  'start',
  'end',
  'note',
  'evidence_urls',
  'checked_by',
  'updated_at',
  'claim_url',
] as const;

/**
 * Cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` (OWASP). Papaparse's own default
 * pattern (`/^[=+\-@\t\r].*$/`) misses such a cell when it also holds a line break, since `.` stops at `\n`.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Builds the CSV text (with a leading `\uFEFF`); offsets are the stored UTF-16 ones, as in the JSON export. */
export function buildCsv(input: ReportInput): string {
  const index = indexReport(input);
  const rows = index.claims.map((claim) => {
    const article = index.articleOf(claim);
    const source = index.sourceOf(claim);
    return [
      claim.id,
      article.title,
      article.url ?? '',
      article.language,
      source?.name ?? claim.sourceId,
      claim.verdict,
      claim.quote.exact,
      claim.start,
      claim.end,
      claim.note,
      claim.evidence.map((e) => e.url).join(' '),
      claim.checkedBy ?? '',
      claim.updatedAt,
      claimUrl(input.baseUrl, claim),
    ];
  });
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
