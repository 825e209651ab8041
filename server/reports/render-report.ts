// Turns a report input into the bytes of one download: its content type, file name and body, for every format.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ReportFormat } from '../../domain/requests.ts';
import { buildClaimReviewDocument } from '../../domain/reports/claimreview.ts';
import { buildCsv } from '../../domain/reports/csv.ts';
import { buildHtmlReport } from '../../domain/reports/html-report.ts';
import { buildJson } from '../../domain/reports/json.ts';
import { buildMarkdown } from '../../domain/reports/markdown.ts';
import type { ReportInput } from '../../domain/reports/report-input.ts';
import { fileNameFor } from '../../domain/reports/summary.ts';
import { buildWebAnnotations } from '../../domain/reports/web-annotation.ts';
import type { AuditEntry } from '../../domain/schemas.ts';
import type { PdfRenderer } from './pdf-renderer.ts';

export interface RenderedReport {
  contentType: string;
  fileName: string;
  body: string | Buffer;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export interface RenderDeps {
  pdf: PdfRenderer;
  /** Each claim's audit entries, for the publication package. */
  historyOf: (claimId: string) => AuditEntry[];
}

export async function renderReport(input: ReportInput, format: ReportFormat, deps: RenderDeps): Promise<RenderedReport> {
  const name = (ext: string) => fileNameFor(input, ext);
  switch (format) {
    case 'html':
      return { contentType: 'text/html; charset=utf-8', fileName: name('html'), body: buildHtmlReport(input) };
    case 'pdf':
      return { contentType: 'application/pdf', fileName: name('pdf'), body: await deps.pdf.render(buildHtmlReport(input)) };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', fileName: name('csv'), body: buildCsv(input) };
    case 'json':
      return { contentType: 'application/json; charset=utf-8', fileName: name('json'), body: json(buildJson(input)) };
    case 'md':
      return { contentType: 'text/markdown; charset=utf-8', fileName: name('md'), body: buildMarkdown(input) };
    case 'claimreview':
      return { contentType: 'application/ld+json; charset=utf-8', fileName: name('claimreview.jsonld'), body: json(buildClaimReviewDocument(input)) };
    case 'webannotation':
      return { contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', fileName: name('annotations.jsonld'), body: json(buildWebAnnotations(input)) };
    case 'package': {
      const html = buildHtmlReport(input);
      const files: Zippable = {
        'report.html': strToU8(html),
        'report.pdf': new Uint8Array(await deps.pdf.render(html)),
        'claimreview.jsonld': strToU8(json(buildClaimReviewDocument(input))),
        'annotations.jsonld': strToU8(json(buildWebAnnotations(input))),
        'claims.json': strToU8(json(buildJson(input))),
        'claims.csv': strToU8(buildCsv(input)),
        history: Object.fromEntries(input.claims.map((c) => [`${c.id}.json`, strToU8(json(deps.historyOf(c.id)))])),
      };
      return { contentType: 'application/zip', fileName: name('zip'), body: Buffer.from(zipSync(files, { level: 6 })) };
    }
  }
}
