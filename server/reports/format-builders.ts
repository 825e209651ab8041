// How the server makes each export format of the registry (domain/reports/formats.ts), keyed by the same ids: a
// text format's builder (whole, and in chunks from a whole input, and as a stream of claims read from the store, for
// those the registry marks `streamed`), or `printed` for the PDF and the publication package (render-report.ts
// prints the HTML report with Chromium). The Record type makes an entry required for every format of the registry.
import { claimReviewChunks, claimReviewStream } from '../../domain/reports/claimreview.ts';
import { csvChunks, csvStream } from '../../domain/reports/csv.ts';
import type { ReportFormat } from '../../domain/reports/formats.ts';
import { buildHtmlReport } from '../../domain/reports/html-report.ts';
import { jsonReportChunks, jsonReportStream } from '../../domain/reports/json.ts';
import { buildMarkdown } from '../../domain/reports/markdown.ts';
import type { ReportInput, ReportStream } from '../../domain/reports/report-input.ts';
import { webAnnotationChunks, webAnnotationStream } from '../../domain/reports/web-annotation.ts';

/** A format written as text, whole or (streamed ones) a row or an item at a time. */
export interface TextBuilder {
  kind: 'text';
  build: (input: ReportInput) => string;
  /** The same text in chunks made as they are asked for; and from claims still being read from the store. */
  streamed?: { chunks: (input: ReportInput) => Iterable<string>; stream: (input: ReportStream) => AsyncIterable<string> };
}

export type FormatBuilder = TextBuilder | { kind: 'printed' };

type StreamedBuilder = TextBuilder & { streamed: NonNullable<TextBuilder['streamed']> };

const streamed = (chunks: (input: ReportInput) => Iterable<string>, stream: (input: ReportStream) => AsyncIterable<string>): StreamedBuilder => ({
  kind: 'text',
  build: (input) => [...chunks(input)].join(''),
  streamed: { chunks, stream },
});

export const FORMAT_BUILDERS = {
  html: { kind: 'text', build: buildHtmlReport },
  pdf: { kind: 'printed' },
  csv: streamed(csvChunks, csvStream),
  json: streamed(jsonReportChunks, jsonReportStream),
  md: { kind: 'text', build: buildMarkdown },
  claimreview: streamed(claimReviewChunks, claimReviewStream),
  webannotation: streamed(webAnnotationChunks, webAnnotationStream),
  package: { kind: 'printed' },
} as const satisfies Record<ReportFormat, FormatBuilder>;

/** The formats built as text. */
export type TextFormat = { [F in ReportFormat]: (typeof FORMAT_BUILDERS)[F] extends { kind: 'text' } ? F : never }[ReportFormat];
/** The text formats written as they are made (the registry's `streamed`). */
export type StreamedFormat = { [F in ReportFormat]: (typeof FORMAT_BUILDERS)[F] extends { streamed: object } ? F : never }[ReportFormat];
