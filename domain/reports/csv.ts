// The CSV export: one row per claim, UTF-8 with a byte-order mark so spreadsheets open Arabic correctly, and every
// cell that a spreadsheet could run as a formula neutralised (OWASP "CSV injection"). Written from a whole input
// (csvChunks) or while its claims are read from the store (csvStream), the same text either way.
import Papa from 'papaparse';
import { resolveLabels } from './labels.ts';
import type { ReportClaim, ReportInput, ReportStream } from './report-input.ts';
import { claimUrl, indexReport, reportLookup, type ReportLookup } from './summary.ts';
import { streamedBuilder } from './builder.ts';

/** Stable column keys, so that other tools can read the file back whatever the interface language. */
export const CSV_COLUMNS = [
  'claim_id',
  'article_title',
  'article_url',
  'article_language',
  'source',
  'verdict',
  /** The verdict's name on the desk's scale, in the report's language. */
  'verdict_label',
  'quote',
  'start',
  'end',
  'note',
  'evidence_urls',
  'checked_by',
  'approved_by',
  'approved_at',
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

/** What a row needs besides its claim: where claims are linked, their articles and sources, the verdicts' names. */
interface RowContext {
  baseUrl: string;
  lookup: ReportLookup;
  verdictNames: Record<string, string>;
}

const rowContext = (input: Omit<ReportInput, 'claims'>, lookup: ReportLookup): RowContext => ({
  baseUrl: input.baseUrl,
  lookup,
  verdictNames: resolveLabels(input).verdicts,
});

function rowOf({ baseUrl, lookup, verdictNames }: RowContext, claim: ReportClaim): unknown[] {
  const article = lookup.articleOf(claim);
  const source = lookup.sourceOf(claim);
  return [
    claim.id,
    article.title,
    article.url ?? '',
    article.language,
    source?.name ?? claim.sourceId,
    claim.verdict,
    verdictNames[claim.verdict] ?? claim.verdict,
    claim.quote.exact,
    claim.start,
    claim.end,
    claim.note,
    claim.evidence.map((e) => e.url).join(' '),
    claim.checkedBy ?? '',
    claim.approvedBy ?? '',
    claim.approvedAt ?? '',
    claim.updatedAt,
    claimUrl(baseUrl, claim),
  ];
}

/**
 * The text of `rows`: with the leading `\uFEFF` and the header when they are the first (none: the header alone,
 * ending in `\r\n`), else after a `\r\n`. Papaparse quotes each cell on its own, so rows cut into any groups give the
 * same text.
 */
const rowsText = (rows: unknown[][], first: boolean) =>
  first ? '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, UNPARSE) : '\r\n' + Papa.unparse(rows, UNPARSE);

/**
 * The CSV text in chunks of a few hundred rows, each made as it is written: a leading `\uFEFF` and the header with
 * the first rows, then `\r\n` and the next rows. Offsets are the stored UTF-16 ones, as in the JSON export.
 */
export function* csvChunks(input: ReportInput): Generator<string> {
  const index = indexReport(input);
  const ctx = rowContext(input, index);
  const batch = (from: number) => index.claims.slice(from, from + ROWS_PER_CHUNK).map((c) => rowOf(ctx, c));
  yield rowsText(batch(0), true);
  for (let from = ROWS_PER_CHUNK; from < index.claims.length; from += ROWS_PER_CHUNK) yield rowsText(batch(from), false);
}

/** csvChunks of a report whose claims are read as it is written: the same text, a few hundred rows a chunk. */
export async function* csvStream(input: ReportStream): AsyncGenerator<string> {
  const ctx = rowContext(input, reportLookup(input.articles, input.sources));
  let first = true;
  for await (const claims of input.claims) {
    for (let from = 0; from < claims.length; from += ROWS_PER_CHUNK) {
      yield rowsText(claims.slice(from, from + ROWS_PER_CHUNK).map((c) => rowOf(ctx, c)), first);
      first = false;
    }
  }
  if (first) yield rowsText([], true);
}

/** The whole CSV text (see csvChunks). */
export function buildCsv(input: ReportInput): string {
  return [...csvChunks(input)].join('');
}

/** The CSV export's builder, for the format registry (formats.ts). */
export const builder = streamedBuilder({ chunks: csvChunks, stream: csvStream });
