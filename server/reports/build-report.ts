// Builds report files from a report input: every format but the PDF print, and the zip of the publication
// package. Pure, so that it can run in a worker thread (see report-worker.ts); the data exports are also given in
// chunks, to be sent while they are made. Each format's builder comes from the registry (domain/reports/formats.ts).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { jsonForHtml } from '../../domain/json-in-html.ts';
import type { ReportInput } from '../../domain/reports/report-input.ts';
import type { AuditEntry } from '../../domain/schemas.ts';
import { loadStreamedBuilder, loadTextBuilder, type StreamedFormat, type TextFormat } from '../../domain/reports/formats.ts';

/** A job crosses to the worker thread as plain data: the report's labels (functions) are picked there by `input.language`. */
export type BuildJob =
  | { kind: 'text'; format: TextFormat; input: ReportInput }
  | { kind: 'package'; input: ReportInput; html: string; pdf: Uint8Array; histories: Record<string, AuditEntry[]> };

/** A data export's text in chunks, each made when it is asked for: one row, article or annotation at a time. */
export async function reportChunks(format: StreamedFormat, input: ReportInput): Promise<Iterable<string>> {
  return (await loadStreamedBuilder(format)).streamed.chunks(input);
}

const textOf = async (format: TextFormat, input: ReportInput): Promise<string> => (await loadTextBuilder(format)).build(input);

/** A text format as a string, or the publication package as zip bytes. */
export async function buildReportFile(job: BuildJob): Promise<string | Uint8Array> {
  if (job.kind === 'text') return textOf(job.format, job.input);
  const { input } = job;
  const files: Zippable = {
    'report.html': strToU8(job.html),
    'report.pdf': job.pdf,
    'claimreview.jsonld': strToU8(await textOf('claimreview', input)),
    'annotations.jsonld': strToU8(await textOf('webannotation', input)),
    'claims.json': strToU8(await textOf('json', input)),
    'claims.csv': strToU8(await textOf('csv', input)),
    history: Object.fromEntries(Object.entries(job.histories).map(([id, entries]) => [`${id}.json`, strToU8(jsonForHtml(entries, 2) + '\n')])),
  };
  return zipSync(files, { level: 6 });
}
