import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE } from '../../../domain/rating-scale.ts';
import { claimUrl, countBySource, countByVerdict, fileNameFor, indexReport } from '../../../domain/reports/summary.ts';
import { buildReportInput, claimOn, demoArticle } from './build-report-input.ts';

describe('report summary helpers', () => {
  it('builds a claim URL from the base URL, the article id and the claim id', () => {
    expect(claimUrl('http://localhost:3000/', { id: 'c1', articleId: 'afp-1' })).toBe('http://localhost:3000/articles/afp-1#claim-c1');
  });

  it('orders claims by article, then by position in the text', () => {
    const input = buildReportInput();
    const shuffled = buildReportInput({ claims: [...input.claims].reverse() });
    expect(indexReport(shuffled).claims.map((c) => c.start)).toEqual(input.claims.map((c) => c.start).sort((a, b) => a - b));
  });

  it('refuses a claim whose article is not in the input', () => {
    const input = buildReportInput({ articles: [] });
    expect(() => indexReport(input)).toThrow(/report: claim "claim-\d+" belongs to article "afp-karabakh-2020-10-09-ar"/);
  });

  it('counts claims by verdict and by source, the most-cited source first', () => {
    const article = demoArticle();
    const input = buildReportInput({
      claims: [
        ...buildReportInput().claims,
        claimOn(article, 'لأسباب إنسانية', { sourceId: 'kremlin', verdict: 'disputed' }),
      ],
    });
    const index = indexReport(input);
    expect(countByVerdict(index.claims, DEFAULT_RATING_SCALE)).toEqual({ unreviewed: 1, corroborated: 1, disputed: 2 });
    const bySource = countBySource(index, DEFAULT_RATING_SCALE);
    expect(bySource.map((r) => [r.sourceId, r.total])).toEqual([
      ['kremlin', 2],
      ['armenian-government', 1],
      ['elysee', 1],
    ]);
    expect(bySource[0]?.counts).toEqual({ unreviewed: 0, corroborated: 1, disputed: 1 });
    expect(index.sources.map((s) => s.id)).not.toContain('azerbaijani-mod');
  });

  it('names download files after the article and the report date, or the report date alone across articles', () => {
    const input = buildReportInput({ generatedAt: '2026-03-02T11:00:00.000Z' });
    expect(fileNameFor(input, 'csv')).toBe('afp-karabakh-2020-10-09-ar-2026-03-02.csv');
    expect(fileNameFor(input, '.PDF')).toBe('afp-karabakh-2020-10-09-ar-2026-03-02.pdf');
    const two = { ...input, articles: [demoArticle(), demoArticle({ id: 'other' })] };
    expect(fileNameFor(two, 'json')).toBe('claimdesk-report-2026-03-02.json');
    expect(fileNameFor({ ...input, articles: [] }, 'md')).toBe('claimdesk-report-2026-03-02.md');
  });
});
