import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvChunks, CSV_COLUMNS } from '../../../domain/reports/csv.ts';
import { buildReportInput, claimOn, demoArticle, QUOTES } from './build-report-input.ts';

function parseCsv(csv: string): Record<string, string>[] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const { data, errors } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(errors).toEqual([]);
  return data;
}

const unneutralise = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

describe('buildCsv', () => {
  it('starts with a byte-order mark and a header row of stable column keys', () => {
    const csv = buildCsv(buildReportInput());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('gives back every Arabic quote exactly through a CSV parser, one row per claim', () => {
    const input = buildReportInput();
    const rows = parseCsv(buildCsv(input));
    expect(rows.map((r) => r.quote)).toEqual([QUOTES.elysee, QUOTES.armenia, QUOTES.kremlin]);
    const kremlin = rows[2]!;
    expect(kremlin).toMatchObject({
      article_title: input.articles[0]!.title,
      article_url: '',
      article_language: 'ar',
      source: 'Kremlin',
      verdict: 'corroborated',
      checked_by: 'Marc Dupont',
      evidence_urls: 'http://en.kremlin.ru/events/president/news https://example.org/no-title',
      claim_url: `http://localhost:3000/articles/afp-karabakh-2020-10-09-ar#claim-${input.claims[2]!.id}`,
    });
    expect(Number(kremlin.start)).toBe(input.claims[2]!.start);
    expect(Number(kremlin.end)).toBe(input.claims[2]!.end);
  });

  it('keeps quotes with commas, double quotes and line breaks intact', () => {
    const article = demoArticle();
    const tricky = 'قال "نحن", ثم\nأضاف';
    const input = buildReportInput({ claims: [{ ...claimOn(article, QUOTES.elysee), quote: { exact: tricky, prefix: '', suffix: '' } }] });
    expect(parseCsv(buildCsv(input))[0]?.quote).toBe(tricky);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+2'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tstarts with a tab'],
    ['\rstarts with a carriage return'],
    ['=1+1\nand a second line'],
    // After leading whitespace and controls, which spreadsheets skip before reading a formula (issue 13, finding 15).
    [' =1+1'],
    ['   +1+2'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
    ['\r\n@SUM(A1:A2)'],
    ['\u00A0=1+1'],
    ['\u3000=1+1'],
    ['\u200F=1+1'],
    ['\u0000=1+1'],
    ['\u0085-2+3'],
    // Fullwidth forms, which spreadsheets read as the ASCII ones.
    ['\uFF1DHYPERLINK("http://evil.example")'],
    ['\uFF0B1+2'],
    ['\uFF0D2+3'],
    ['\uFF20SUM(A1:A2)'],
    [' \uFF1D1+1'],
  ])('neutralises a cell that a spreadsheet would run as a formula: %j', (hostile) => {
    const article = demoArticle();
    const claim = claimOn(article, QUOTES.kremlin, { note: hostile, checkedBy: hostile });
    const input = buildReportInput({ claims: [{ ...claim, quote: { ...claim.quote, exact: hostile } }] });
    const [row] = parseCsv(buildCsv(input));
    for (const cell of [row!.note, row!.checked_by, row!.quote]) {
      expect(cell).toBe(`'${hostile}`);
      expect(unneutralise(cell!)).toBe(hostile);
    }
  });

  it.each([['a - b'], ['1 + 1 = 2'], ['  words, then =1'], ['\u200Fنص عربي'], ['e-mail@example.org']])(
    'leaves %j as it is: no formula sign comes first',
    (plain) => {
      const article = demoArticle();
      const input = buildReportInput({ claims: [claimOn(article, QUOTES.kremlin, { note: plain })] });
      expect(parseCsv(buildCsv(input))[0]!.note).toBe(plain);
    },
  );

  it('writes a few thousand rows in chunks of a few hundred that read back as every claim in order', () => {
    const article = demoArticle();
    const claims = Array.from({ length: 2_345 }, (_, i) => claimOn(article, QUOTES.kremlin, { id: `c${i}`, note: `note ${i}, "quoted"\nline` }));
    const chunks = [...csvChunks(buildReportInput({ claims }))];
    expect(chunks.length).toBeGreaterThan(2);
    const rows = parseCsv(chunks.join(''));
    expect(rows.map((r) => r.claim_id)).toEqual(claims.map((c) => c.id));
    expect(rows.map((r) => r.note)).toEqual(claims.map((c) => c.note));
  });

  it('writes the header alone for a scope without claims, as before', () => {
    expect(buildCsv(buildReportInput({ claims: [] }))).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('leaves ordinary cells, numbers and Arabic text without a prefix', () => {
    const rows = parseCsv(buildCsv(buildReportInput()));
    for (const row of rows) for (const cell of Object.values(row)) expect(cell.startsWith("'")).toBe(false);
  });
});
