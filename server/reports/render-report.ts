// Turns a report input into one download: its content type, file name and body, for every format. The data exports
// come as chunks made while they are sent, from a whole input or (renderReportStream) from claims still being read
// from the store; the others are built in a worker thread, the PDF printed by Chromium.
import { formatInfo, isStreamedFormat, loadStreamedBuilder, type ReportFormat, type StreamedFormat, type TextFormat } from '../../domain/reports/formats.ts';
import type { ReportInput, ReportStream } from '../../domain/reports/report-input.ts';
import { fileNameFor } from '../../domain/reports/summary.ts';
import type { AuditEntry } from '../../domain/schemas.ts';
import { reportChunks } from './build-report.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import type { ReportBuilder } from './report-builder.ts';

export type RenderedReport = { contentType: string; fileName: string } & (
  | { body: string | Buffer }
  /** Made as it is sent (see send-chunks.ts). */
  | { chunks: Iterable<string> | AsyncIterable<string> }
);

export interface RenderDeps {
  pdf: PdfRenderer;
  builder: ReportBuilder;
  /** The claims' audit entries, for the publication package. */
  histories: (claimIds: string[]) => Promise<Map<string, AuditEntry[]>>;
  /** Aborted when the client has gone: a PDF being printed is dropped. */
  signal?: AbortSignal;
}


export async function renderReport(input: ReportInput, format: ReportFormat, deps: RenderDeps): Promise<RenderedReport> {
  const text = async (f: TextFormat) => (await deps.builder.build({ kind: 'text', format: f, input })) as string;
  const print = (html: string) => deps.pdf.render(html, deps.signal, { author: input.newsroom.name });
  const { mediaType: contentType, extension } = formatInfo(format);
  if (format === 'pdf') {
    return { contentType, fileName: fileNameFor(input, extension), body: await print(await text('html')) };
  }
  if (format === 'package') {
    const html = await text('html');
    const pdf = new Uint8Array(await print(html));
    const histories = Object.fromEntries(await deps.histories(input.claims.map((c) => c.id)));
    const zip = (await deps.builder.build({ kind: 'package', input, html, pdf, histories })) as Uint8Array;
    return { contentType, fileName: fileNameFor(input, extension), body: Buffer.from(zip) };
  }
  if (isStreamedFormat(format)) return { contentType, fileName: fileNameFor(input, extension), chunks: await reportChunks(format, input) };
  return { contentType, fileName: fileNameFor(input, extension), body: await text(format) };
}

/**
 * A data export whose claims are read from the store as it is sent: its chunks ask the store for the next batch of
 * claims only when the client has taken the text of the last. Nothing is read before the first chunk is asked for.
 */
export async function renderReportStream(input: ReportStream, format: StreamedFormat): Promise<RenderedReport & { chunks: AsyncIterable<string> }> {
  const { mediaType: contentType, extension } = formatInfo(format);
  return { contentType, fileName: fileNameFor(input, extension), chunks: (await loadStreamedBuilder(format)).streamed.stream(input) };
}
