import { describe, expect, it } from 'vitest';
import { buildMarkdown, escapeMarkdown, markdownLink } from '../../../domain/reports/markdown.ts';
import { buildReportInput, claimOn, demoArticle, HOSTILE, QUOTES } from './build-report-input.ts';
import { isolate } from '../../../domain/bidi.ts';

describe('buildMarkdown', () => {
  const input = buildReportInput();
  const md = buildMarkdown(input);

  it('has the report title, the report metadata, a summary and a heading per claim', () => {
    expect(md.startsWith(`# Verification report: ${isolate("Armenia 'ready' to resume peace process as Karabakh clashes continue")}\n`)).toBe(true);
    expect(md).toContain('- **Newsroom:** [Claimdesk Fact Check](<https://factcheck.example.org/>)');
    expect(md).toContain('- **Scope:** All claims of one article');
    expect(md).toContain('- **Generated:** March 2, 2026');
    expect(md).toContain('## Summary\n\n3 claims\n');
    expect(md).toContain('| Disputed | 1 |');
    expect(md).toContain('| Kremlin | 1 | 0 | 0 | 1 |');
    expect(md.match(/^### Claim \d$/gm)).toEqual(['### Claim 1', '### Claim 2', '### Claim 3']);
  });

  it('quotes each claim as a block quote isolated in its own direction and language', () => {
    expect(md).toContain(`> <bdi dir="rtl" lang="ar">${QUOTES.kremlin}</bdi>`);
  });

  it('lists source, verdict, note, who checked and evidence links under each claim', () => {
    const kremlin = md.slice(md.indexOf('### Claim 3'));
    expect(kremlin).toContain('- **Source:** Kremlin');
    expect(kremlin).toContain('- **Verdict:** Corroborated');
    expect(kremlin).toContain('- **Note:** Matches the Kremlin readout of the calls.');
    expect(kremlin).toContain('- **Checked by:** Marc Dupont');
    expect(kremlin).toContain('  - [Kremlin readouts](<http://en.kremlin.ru/events/president/news>)');
    expect(kremlin).toContain(`- [Open in Claimdesk](<http://localhost:3000/articles/afp-karabakh-2020-10-09-ar#claim-${input.claims[2]!.id}>)`);
  });

  it('keeps emphasis, link, heading and HTML characters in user text literal', () => {
    const note = '*bold* _it_ [link](javascript:alert(1)) <script>alert(1)</script>\n# not a heading\n- not a list';
    const claim = claimOn(demoArticle(), QUOTES.elysee, { note });
    const out = buildMarkdown(buildReportInput({ claims: [claim] }));
    expect(out).toContain(
      '- **Note:** \\*bold\\* \\_it\\_ \\[link\\](javascript:alert(1)) \\<script\\>alert(1)\\</script\\>\\\n  \\# not a heading\\\n  \\- not a list',
    );
    expect(out).not.toMatch(/(?<!\\)<script/);
  });

  it('escapes hostile quotes and titles so that no tag but the quote wrapper appears', () => {
    const claim = { ...claimOn(demoArticle(), QUOTES.elysee), quote: { exact: HOSTILE.attribute, prefix: '', suffix: '' } };
    const out = buildMarkdown(buildReportInput({ title: HOSTILE.script, claims: [claim] }));
    const tags = out.match(/(?<!\\)<\/?[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => !/^<\/?bdi\b/.test(t) && !/^<https?:/.test(t))).toEqual([]);
  });

  it('links only http(s) URLs', () => {
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'https://example.org/a b)')).toBe('[x](<https://example.org/a%20b)>)');
  });

  it('escapes characters that start Markdown blocks only at the start of a line', () => {
    expect(escapeMarkdown('1. one\n> two\n12,00 - ok')).toBe('1\\. one\n\\> two\n12,00 - ok');
  });
});
