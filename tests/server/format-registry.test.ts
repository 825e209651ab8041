// The export formats are listed once (domain/reports/formats.ts) and built by the server's registry keyed by the
// same ids (server/reports/format-builders.ts): the two agree, and the request schema takes exactly the registry's.
import { describe, expect, it } from 'vitest';
import { formatInfo, PARTED_FORMATS, PUBLICATION_FORMATS, REPORT_FORMATS, STREAMED_FORMATS } from '../../domain/reports/formats.ts';
import { ReportQuerySchema } from '../../domain/requests.ts';
import { isStreamedFormat } from '../../server/reports/build-report.ts';
import { FORMAT_BUILDERS } from '../../server/reports/format-builders.ts';

describe('the export formats', () => {
  it('have a server builder each, and no builder is left without a format', () => {
    expect(Object.keys(FORMAT_BUILDERS).sort()).toEqual([...REPORT_FORMATS].sort());
  });

  it.each(REPORT_FORMATS)('%s: printed exactly when parted, streamed exactly when the registry says so', (format) => {
    const builder = FORMAT_BUILDERS[format];
    expect(builder.kind === 'printed').toBe(formatInfo(format).parted);
    expect('streamed' in builder).toBe(formatInfo(format).streamed);
    expect(isStreamedFormat(format)).toBe(STREAMED_FORMATS.includes(format));
  });

  it('derive the publication and parted lists from the registry', () => {
    expect(PUBLICATION_FORMATS).toEqual(REPORT_FORMATS.filter((f) => formatInfo(f).publication));
    expect(PARTED_FORMATS).toEqual(['pdf', 'package']);
    expect(new Set(REPORT_FORMATS.map((f) => formatInfo(f).extension)).size).toBe(REPORT_FORMATS.length);
  });

  it('are what GET /api/reports accepts, and nothing else', () => {
    for (const format of REPORT_FORMATS) expect(ReportQuerySchema.safeParse({ format }).success).toBe(true);
    expect(ReportQuerySchema.safeParse({ format: 'docx' }).success).toBe(false);
  });
});
