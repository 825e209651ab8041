// Builds report files from a report input: every format but the PDF print, and the zip of the publication
// package. Pure and synchronous, so that it can run in a worker thread (see report-worker.ts); the data exports are
// also given in chunks, to be sent while they are made.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { jsonForHtml } from '../../domain/json-in-html.ts';
import { claimReviewChunks } from '../../domain/reports/claimreview.ts';
import { csvChunks } from '../../domain/reports/csv.ts';
import { buildHtmlReport } from '../../domain/reports/html-report.ts';
import { jsonReportChunks } from '../../domain/reports/json.ts';
import { buildMarkdown } from '../../domain/reports/markdown.ts';
import type { ReportInput } from '../../domain/reports/report-input.ts';
import { webAnnotationChunks } from '../../domain/reports/web-annotation.ts';
import type { AuditEntry } from '../../domain/schemas.ts';

export type TextFormat = 'html' | 'csv' | 'json' | 'md' | 'claimreview' | 'webannotation';

/** A job crosses to the worker thread as plain data: the report's labels (functions) are picked there by `input.language`. */
export type BuildJob =
  | { kind: 'text'; format: TextFormat; input: ReportInput }
  | { kind: 'package'; input: ReportInput; html: string; pdf: Uint8Array; histories: Record<string, AuditEntry[]> };

/**
 * The formats written as they are made, a row or an item at a time: from a whole input here (reportChunks, and the
 * package's files), from claims still being read from the store in render-report.ts (renderReportStream).
 */
export type StreamedFormat = 'csv' | 'json' | 'claimreview' | 'webannotation';

const CHUNK_BUILDERS: Record<StreamedFormat, (input: ReportInput) => Iterable<string>> = {
  csv: csvChunks,
  json: jsonReportChunks,
  claimreview: claimReviewChunks,
  webannotation: webAnnotationChunks,
};

export const isStreamedFormat = (format: string): format is StreamedFormat => Object.hasOwn(CHUNK_BUILDERS, format);

/** A data export's text in chunks, each made when it is asked for: one row, article or annotation at a time. */
export function reportChunks(format: StreamedFormat, input: ReportInput): Iterable<string> {
  return CHUNK_BUILDERS[format](input);
}

const whole = (format: StreamedFormat) => (input: ReportInput) => [...reportChunks(format, input)].join('');

const TEXT_BUILDERS: Record<TextFormat, (input: ReportInput) => string> = {
  html: buildHtmlReport,
  csv: whole('csv'),
  json: whole('json'),
  md: buildMarkdown,
  claimreview: whole('claimreview'),
  webannotation: whole('webannotation'),
};

/** A text format as a string, or the publication package as zip bytes. */
export function buildReportFile(job: BuildJob): string | Uint8Array {
  if (job.kind === 'text') return TEXT_BUILDERS[job.format](job.input);
  const { input } = job;
  const files: Zippable = {
    'report.html': strToU8(job.html),
    'report.pdf': job.pdf,
    'claimreview.jsonld': strToU8(TEXT_BUILDERS.claimreview(input)),
    'annotations.jsonld': strToU8(TEXT_BUILDERS.webannotation(input)),
    'claims.json': strToU8(TEXT_BUILDERS.json(input)),
    'claims.csv': strToU8(TEXT_BUILDERS.csv(input)),
    history: Object.fromEntries(Object.entries(job.histories).map(([id, entries]) => [`${id}.json`, strToU8(jsonForHtml(entries, 2) + '\n')])),
  };
  return zipSync(files, { level: 6 });
}
