// The export formats are listed once (domain/reports/formats.ts): each text format's entry loads its builder module,
// the flags agree with what the builders are, and the request schema takes exactly the registry's formats.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatInfo,
  isStreamedFormat,
  isTextFormat,
  loadTextBuilder,
  PARTED_FORMATS,
  PUBLICATION_FORMATS,
  REPORT_FORMATS,
  STREAMED_FORMATS,
} from '../../domain/reports/formats.ts';
import { UI_LANGUAGES } from '../../domain/locales.ts';
import { ReportQuerySchema } from '../../domain/requests.ts';

describe('the export formats', () => {
  it.each(REPORT_FORMATS)('%s: printed exactly when parted, a builder module exactly when text, streamed as the registry says', async (format) => {
    const info = formatInfo(format);
    expect(isTextFormat(format)).toBe(!info.parted);
    expect(isStreamedFormat(format)).toBe(STREAMED_FORMATS.includes(format as never));
    if (!isTextFormat(format)) {
      expect(info.load).toBeUndefined();
      return;
    }
    const builder = await loadTextBuilder(format);
    expect(typeof builder.build).toBe('function');
    expect(builder.streamed !== undefined).toBe(info.streamed);
  });

  it.each(REPORT_FORMATS)('%s: named and described in every interface language', (format) => {
    const { label, description } = formatInfo(format);
    for (const language of UI_LANGUAGES) {
      expect(label[language].trim()).not.toBe('');
      expect(description[language].length).toBeGreaterThan(20);
    }
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

  it('are named nowhere else: no format id is spelled out as a list outside the registry', () => {
    // A second list (a switch over the ids, a locale table of formats) is what made adding a format touch 7 files.
    for (const language of UI_LANGUAGES) {
      const reports = JSON.parse(readFileSync(`client/src/i18n/locales/${language}/reports.json`, 'utf8')) as Record<string, unknown>;
      expect(reports).not.toHaveProperty('formats');
    }
  });
});
