// Builds report files from a report input: every format but the PDF print, and the zip of the publication
// package. Pure and synchronous, so that it can run in a worker thread (see report-worker.ts).
import { strToU8, zipSync, type Zippable } from 'fflate';
import { buildClaimReviewDocument } from '../../domain/reports/claimreview.ts';
import { buildCsv } from '../../domain/reports/csv.ts';
import { buildHtmlReport } from '../../domain/reports/html-report.ts';
import { buildJson } from '../../domain/reports/json.ts';
import { buildMarkdown } from '../../domain/reports/markdown.ts';
import type { ReportInput } from '../../domain/reports/report-input.ts';
import { buildWebAnnotations } from '../../domain/reports/web-annotation.ts';
import type { AuditEntry } from '../../domain/schemas.ts';

export type TextFormat = 'html' | 'csv' | 'json' | 'md' | 'claimreview' | 'webannotation';

/** A job crosses to the worker thread as plain data: the report's labels (functions) are picked there by `input.language`. */
export type BuildJob =
  | { kind: 'text'; format: TextFormat; input: ReportInput }
  | { kind: 'package'; input: ReportInput; html: string; pdf: Uint8Array; histories: Record<string, AuditEntry[]> };

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const TEXT_BUILDERS: Record<TextFormat, (input: ReportInput) => string> = {
  html: buildHtmlReport,
  csv: buildCsv,
  json: (input) => json(buildJson(input)),
  md: buildMarkdown,
  claimreview: (input) => json(buildClaimReviewDocument(input)),
  webannotation: (input) => json(buildWebAnnotations(input)),
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
    history: Object.fromEntries(Object.entries(job.histories).map(([id, entries]) => [`${id}.json`, strToU8(json(entries))])),
  };
  return zipSync(files, { level: 6 });
}
