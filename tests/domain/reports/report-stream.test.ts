// The data exports written while their claims are read (ReportStream) against the same exports built from a whole
// input: byte for byte the same text, whatever the batches the claims come in, for the Arabic demo article, other
// languages, several articles, hostile strings, no claims, and thousands of claims.
import { describe, expect, it } from 'vitest';
import { claimReviewChunks, claimReviewStream } from '../../../domain/reports/claimreview.ts';
import { csvChunks, csvStream } from '../../../domain/reports/csv.ts';
import { jsonReportChunks, jsonReportStream } from '../../../domain/reports/json.ts';
import type { ReportClaim, ReportInput, ReportStream } from '../../../domain/reports/report-input.ts';
import { inputExportId } from '../../../domain/reports/export-id.ts';
import { indexReport } from '../../../domain/reports/summary.ts';
import { webAnnotationChunks, webAnnotationStream } from '../../../domain/reports/web-annotation.ts';
import { publishedInput } from '../publication/build-publication.ts';
import { buildReportInput, claimOn, demoArticle, demoClaims, HOSTILE, QUOTES } from './build-report-input.ts';

async function* inBatches(claims: readonly ReportClaim[], size: number): AsyncGenerator<readonly ReportClaim[]> {
  for (let at = 0; at < claims.length; at += size) yield claims.slice(at, at + size);
}

/** `input` as the server streams it: its claims in reading order, `size` a batch, only the sources they cite. */
function streamOf(input: ReportInput, size: number): ReportStream {
  const index = indexReport(input);
  const approvedCount = index.claims.filter((c) => c.reviewState === 'approved' && c.approvedAt).length;
  const exportId = inputExportId(input, 'webannotation');
  return { ...input, exportId, sources: index.sources, claimCount: index.claims.length, approvedCount, claims: inBatches(index.claims, size) };
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

const FORMATS = [
  ['csv', csvChunks, csvStream],
  ['json', jsonReportChunks, jsonReportStream],
  ['claimreview', claimReviewChunks, claimReviewStream],
  ['webannotation', webAnnotationChunks, webAnnotationStream],
] as const;

const article = demoArticle();
const other = demoArticle({ id: 'other-article', title: `Another dispatch ${HOSTILE.script}`, url: 'https://example.org/other', outlet: 'AFP' });
const many = Array.from({ length: 2_345 }, (_, i) =>
  claimOn(article, Object.values(QUOTES)[i % 3]!, {
    id: `c${i}`,
    verdict: (['unreviewed', 'disputed', 'corroborated'] as const)[i % 3],
    note: i % 2 ? `note ${i}, "quoted"\nline` : '',
    reviewState: i % 4 === 0 ? 'returned' : 'approved',
    checkedBy: i % 5 ? 'ليلى حداد' : null,
    // Approvals: a moderating annotation and an "approved by" for each, its editor's name unknown for some.
    approvedAt: i % 4 === 0 ? null : '2026-03-03T08:00:00.000Z',
    approvedBy: i % 4 === 0 || i % 3 === 0 ? null : 'Omar Said',
  }),
);

// Each input with public pages of some of its claims: what the ClaimReview export carries (the other formats ignore it).
const INPUTS: Array<[string, ReportInput]> = ([
  ['the Arabic demo article', buildReportInput()],
  ['the demo article in Arabic labels', buildReportInput({ language: 'ar' })],
  ['the demo article in French labels, without a public base URL or newsroom URL', buildReportInput({ language: 'fr', baseUrl: '', newsroom: { name: 'Desk' } })],
  ['no claims', buildReportInput({ claims: [] })],
  [
    'two articles, one with a URL, hostile notes and evidence, claims given out of order',
    buildReportInput({
      articles: [article, other],
      claims: [
        claimOn(other, QUOTES.kremlin, { note: HOSTILE.script, checkedBy: HOSTILE.attribute, verdict: 'disputed', evidence: [{ url: 'https://example.org/e', title: HOSTILE.script }] }),
        ...demoClaims(article).reverse(),
        claimOn(other, QUOTES.elysee, { sourceId: 'unknown-source', note: '=HYPERLINK("http://evil")', verdict: 'corroborated' }),
      ],
    }),
  ],
  ['2,345 claims', buildReportInput({ claims: many })],
] as Array<[string, ReportInput]>).map(([name, input]) => [name, publishedInput(input, (c) => !c.id.endsWith('5'))]);

describe.each(FORMATS)('the %s export written as its claims are read', (_format, whole, streamed) => {
  it.each(INPUTS)('is the text built whole, byte for byte: %s', async (_name, input) => {
    const expected = [...whole(input)].join('');
    for (const size of [1, 7, 1000]) expect(await collect(streamed(streamOf(input, size)))).toBe(expected);
  });

  it('is the same when a batch comes empty', async () => {
    const input = publishedInput(buildReportInput());
    const claims = indexReport(input).claims;
    async function* withEmpty() {
      yield [];
      yield claims.slice(0, 1);
      yield [];
      yield claims.slice(1);
    }
    expect(await collect(streamed({ ...streamOf(input, 1), claims: withEmpty() }))).toBe([...whole(input)].join(''));
  });
});

describe('a streamed export', () => {
  it('asks for a batch only when its claims are to be written, and for none after it is stopped', async () => {
    const asked: number[] = [];
    let closed = false;
    async function* claims() {
      try {
        for (let at = 0; at < many.length; at += 100) {
          asked.push(at);
          yield many.slice(at, at + 100);
        }
      } finally {
        closed = true;
      }
    }
    const input = { ...streamOf(buildReportInput({ claims: many }), 100), claims: claims() };
    const chunks = jsonReportStream(input);
    let text = '';
    for await (const chunk of chunks) {
      text += chunk;
      if (text.includes('"id": "c150"')) break; // the client went away
    }
    expect(asked).toEqual([0, 100]);
    expect(closed).toBe(true);
  });
});
