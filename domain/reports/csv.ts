// The CSV export: one row per claim, UTF-8 with a byte-order mark so spreadsheets open Arabic correctly, and every
// cell that a spreadsheet could run as a formula neutralised (OWASP "CSV injection").
import Papa from 'papaparse';
import type { ReportClaim, ReportInput } from './report-input.ts';
import { claimUrl, indexReport, type ReportIndex } from './summary.ts';

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
 * Cells a spreadsheet could run as a formula get a leading `'` (OWASP "CSV injection"): those starting with `=`, `+`,
 * `-` or `@`, in their ASCII or fullwidth forms (`＝ ＋ － ＠`, which spreadsheets read as the ASCII ones), also after
 * leading whitespace, controls or invisible format marks (a spreadsheet drops those before evaluating), and those
 * starting with a tab or carriage return. Papaparse's own default (`/^[=+\-@\t\r].*$/`) misses all but the last, and
 * misses a cell that also holds a line break, since `.` stops at `\n`.
 */
export const FORMULA_START = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}\p{Z}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

const UNPARSE = { escapeFormulae: FORMULA_START, newline: '\r\n' } as const;
/** Rows per call to papaparse: small enough to send as they are made, large enough to cost nothing. */
const ROWS_PER_CHUNK = 500;

function rowOf(input: ReportInput, index: ReportIndex, claim: ReportClaim): unknown[] {
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
}

/**
 * The CSV text in chunks of a few hundred rows, each made as it is written: a leading `\uFEFF` and the header with
 * the first rows, then `\r\n` and the next rows. Offsets are the stored UTF-16 ones, as in the JSON export.
 */
export function* csvChunks(input: ReportInput): Generator<string> {
  const index = indexReport(input);
  const batch = (from: number) => index.claims.slice(from, from + ROWS_PER_CHUNK).map((c) => rowOf(input, index, c));
  yield '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: batch(0) }, UNPARSE);
  for (let from = ROWS_PER_CHUNK; from < index.claims.length; from += ROWS_PER_CHUNK) {
    yield '\r\n' + Papa.unparse(batch(from), UNPARSE);
  }
}

/** The whole CSV text (see csvChunks). */
export function buildCsv(input: ReportInput): string {
  return [...csvChunks(input)].join('');
}
