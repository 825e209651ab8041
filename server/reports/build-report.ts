// Builds report files from a report input: every format but the PDF print, and the zip of the publication
// package. Pure and synchronous, so that it can run in a worker thread (see report-worker.ts); the data exports are
// also given in chunks, to be sent while they are made.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { jsonForHtml } from '../../domain/json-in-html.ts';
import type { ReportInput } from '../../domain/reports/report-input.ts';
import type { AuditEntry } from '../../domain/schemas.ts';
import { FORMAT_BUILDERS, type StreamedFormat, type TextFormat } from './format-builders.ts';

export type { StreamedFormat, TextFormat };

/** A job crosses to the worker thread as plain data: the report's labels (functions) are picked there by `input.language`. */
export type BuildJob =
  | { kind: 'text'; format: TextFormat; input: ReportInput }
  | { kind: 'package'; input: ReportInput; html: string; pdf: Uint8Array; histories: Record<string, AuditEntry[]> };

/**
 * The formats written as they are made, a row or an item at a time (the registry's `streamed`): from a whole input
 * here (reportChunks, and the package's files), from claims still being read from the store in render-report.ts.
 */
export const isStreamedFormat = (format: string): format is StreamedFormat =>
  Object.hasOwn(FORMAT_BUILDERS, format) && 'streamed' in FORMAT_BUILDERS[format as keyof typeof FORMAT_BUILDERS];

/** A data export's text in chunks, each made when it is asked for: one row, article or annotation at a time. */
export function reportChunks(format: StreamedFormat, input: ReportInput): Iterable<string> {
  return FORMAT_BUILDERS[format].streamed.chunks(input);
}

const textOf = (format: TextFormat, input: ReportInput): string => FORMAT_BUILDERS[format].build(input);

/** A text format as a string, or the publication package as zip bytes. */
export function buildReportFile(job: BuildJob): string | Uint8Array {
  if (job.kind === 'text') return textOf(job.format, job.input);
  const { input } = job;
  const files: Zippable = {
    'report.html': strToU8(job.html),
    'report.pdf': job.pdf,
    'claimreview.jsonld': strToU8(textOf('claimreview', input)),
    'annotations.jsonld': strToU8(textOf('webannotation', input)),
    'claims.json': strToU8(textOf('json', input)),
    'claims.csv': strToU8(textOf('csv', input)),
    history: Object.fromEntries(Object.entries(job.histories).map(([id, entries]) => [`${id}.json`, strToU8(jsonForHtml(entries, 2) + '\n')])),
  };
  return zipSync(files, { level: 6 });
}
