import { describe, expect, it } from 'vitest';
import { ArticleSchema, ClaimSchema, SourceSchema } from '../../../domain/schemas.ts';
import { buildJson, ReportJsonSchema } from '../../../domain/reports/json.ts';
import { buildReportInput, QUOTES } from './build-report-input.ts';

describe('buildJson', () => {
  it('holds articles, sources and claims exactly as the contract defines them, after a JSON round trip', () => {
    const input = buildReportInput();
    const json = JSON.parse(JSON.stringify(buildJson(input))) as Record<string, unknown[]>;
    for (const article of json.articles!) expect(ArticleSchema.parse(article)).toEqual(article);
    for (const source of json.sources!) expect(SourceSchema.parse(source)).toEqual(source);
    for (const claim of json.claims!) expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(ReportJsonSchema.parse(json)).toEqual(json);
  });

  it('keeps the article text, so that every offset can be checked against it', () => {
    const doc = buildJson(buildReportInput());
    const text = doc.articles[0]!.text;
    expect(doc.claims.map((c) => text.slice(c.start, c.end))).toEqual([QUOTES.elysee, QUOTES.armenia, QUOTES.kremlin]);
  });

  it('carries the report metadata and who checked each claim', () => {
    const input = buildReportInput({ newsroom: { name: 'Desk' } });
    const doc = buildJson(input);
    expect(doc).toMatchObject({
      formatVersion: 1,
      title: input.title,
      scope: 'All claims of one article',
      generatedAt: '2026-03-02T11:00:00.000Z',
      newsroom: { name: 'Desk', url: null },
    });
    expect(doc.claims.map((c) => c.checkedBy)).toEqual(['Leila Haddad', 'ليلى حداد', 'Marc Dupont']);
  });

  it('lists only the sources that the claims cite', () => {
    expect(buildJson(buildReportInput()).sources.map((s) => s.id)).toEqual(['armenian-government', 'kremlin', 'elysee']);
  });
});
