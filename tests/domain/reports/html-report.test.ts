import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildHtmlReport } from '../../../domain/reports/html-report.ts';
import { shortenClaim } from '../../../domain/reports/claimreview.ts';
import { EN_REPORT_LABELS, type ReportLabels } from '../../../domain/reports/labels.ts';
import type { ReportInput } from '../../../domain/reports/report-input.ts';
import { buildReportInput, claimOn, demoArticle, demoSources, HOSTILE, QUOTES } from './build-report-input.ts';
import { isolate } from '../../../domain/bidi.ts';

function render(input: ReportInput) {
  const html = buildHtmlReport(input);
  const { document } = new JSDOM(html).window;
  return { html, document, all: (selector: string) => [...document.querySelectorAll(selector)] };
}

const AR_LABELS: Partial<ReportLabels> = {
  language: 'ar',
  direction: 'rtl',
  summaryHeading: 'الملخص',
  verdicts: { unreviewed: 'لم يُراجع', corroborated: 'مؤكَّد', disputed: 'مُختلَف عليه' },
};

describe('buildHtmlReport', () => {
  const input = buildReportInput();
  const { html, document, all } = render(input);

  it('is a complete HTML5 document in the template language and direction, with no script', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(document.title).toBe(`Verification report: ${isolate(input.title)}`);
    expect(all('script')).toEqual([]);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'none'");
    expect(all('link[rel="stylesheet"], img, iframe')).toEqual([]);
  });

  it('shows the title, newsroom, scope and generation date', () => {
    expect(document.querySelector('h1')?.textContent).toBe(input.title);
    const facts = document.querySelector('header dl')?.textContent;
    expect(facts).toContain('Claimdesk Fact Check');
    expect(facts).toContain('All claims of one article');
    expect(facts).toContain('March 2, 2026');
  });

  it('describes each article: outlet, date, language and link', () => {
    const article = document.querySelector('.article')?.textContent;
    expect(article).toContain('AFP (Arabic service)');
    expect(article).toContain('October 9, 2020');
    expect(article).toContain('Arabic');
  });

  it('summarises counts by verdict and by source, with an accessible SVG chart', () => {
    expect(document.querySelector('#summary-h + p')?.textContent).toBe('3 claims');
    const [byVerdict, bySource] = all('table').map((t) => [...t.querySelectorAll('tbody tr')].map((r) => r.textContent));
    expect(byVerdict).toEqual(['Corroborated1', 'Disputed1', 'Unreviewed1']);
    expect(bySource).toEqual(['Armenian government0101', 'Kremlin1001', 'Élysée0011']);
    const svg = document.querySelector('svg[role="img"]');
    expect(svg?.getAttribute('aria-labelledby')).toBe('chart-sources-title chart-sources-desc');
    expect(svg?.querySelector('title')?.textContent).toBe('Claims by source, stacked by verdict');
    expect([...svg!.querySelectorAll('text.chart-name')].map((t) => t.textContent)).toEqual(['Armenian government', 'Kremlin', 'Élysée']);
    expect(svg?.querySelectorAll('rect > title')).toHaveLength(3);
  });

  it('puts each Arabic quote in a right-to-left Arabic block quote', () => {
    const quotes = all('section.claim blockquote');
    expect(quotes.map((q) => q.textContent)).toEqual([QUOTES.elysee, QUOTES.armenia, QUOTES.kremlin]);
    for (const q of quotes) expect([q.getAttribute('lang'), q.getAttribute('dir')]).toEqual(['ar', 'rtl']);
  });

  it('gives each claim its number, a verdict badge in words, source, checker, date, note and evidence', () => {
    const claim = all('section.claim')[1]!;
    expect(claim.id).toBe(`claim-${input.claims[1]!.id}`);
    // Its heading (and so its PDF bookmark) names it by number and by its words, in the quote's language.
    const heading = claim.querySelector('h3')!;
    expect(heading.firstChild?.textContent?.trim()).toBe('Claim 2');
    const gist = heading.querySelector('.claim-gist')!;
    expect(gist.textContent).toBe(shortenClaim(input.claims[1]!.quote.exact, 'ar', 60));
    expect([gist.getAttribute('lang'), gist.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(claim.querySelector('.badge')?.textContent).toBe('Disputed');
    const facts = Object.fromEntries([...claim.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling]));
    expect(facts.Source?.textContent).toBe('Armenian government (الحكومة الأرمينية)');
    expect(facts.Source?.querySelector('bdi[lang="ar"][dir="rtl"]')?.textContent).toBe('الحكومة الأرمينية');
    expect(facts['Checked by']?.querySelector('bdi')?.textContent).toBe('ليلى حداد');
    expect(facts['Last updated']?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:15:00.000Z');
    expect(facts.Note?.textContent).toContain('Azerbaijani MoD reports');
    const link = facts.Evidence?.querySelector('a');
    expect([link?.getAttribute('href'), link?.getAttribute('rel')]).toEqual(['https://mod.gov.az/en/news/', 'noopener noreferrer']);
  });

  it('shows the sentence around each claim, right to left, with the claimed words marked', () => {
    const context = all('section.claim')[0]!.querySelector('p.context')!;
    expect([context.getAttribute('lang'), context.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(context.textContent).toContain('وقالت الرئاسة الفرنسية');
    expect(context.querySelector('mark')?.textContent).toBe(QUOTES.elysee);
  });

  it('widens a mark whose claim boundary falls inside an Arabic word to the whole word', () => {
    const claim = claimOn(demoArticle(), 'رمينيا');
    const { document } = render(buildReportInput({ claims: [claim] }));
    expect(document.querySelector('mark')?.textContent).toBe('أرمينيا');
  });

  it('mixes directions in an English template around an Arabic article', () => {
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
    expect(all('[dir="rtl"]').length).toBeGreaterThanOrEqual(6);
    expect(all('bdi').length).toBeGreaterThan(0);
  });

  it('renders an Arabic template right to left, with Arabic source names set right to left in the chart', () => {
    const { html, document } = render({ ...input, labels: AR_LABELS });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(document.querySelector('#summary-h')?.textContent).toBe('الملخص');
    const name = [...document.querySelectorAll('svg text.chart-name')].find((t) => t.textContent === 'الكرملين');
    expect([name?.getAttribute('direction'), name?.getAttribute('lang')]).toEqual(['rtl', 'ar']);
    expect(document.querySelector('.badge')?.textContent).toBe('مؤكَّد');
  });

  it('formats dates in the report locale', () => {
    const { document } = render({ ...input, locale: 'fr' });
    expect(document.querySelector('header dl')?.textContent).toContain('2 mars 2026');
  });

  it('escapes every string from users and articles, so hostile markup stays text', () => {
    const article = demoArticle({ title: HOSTILE.script, outlet: HOSTILE.attribute });
    const claim = claimOn(article, QUOTES.kremlin, { note: `${HOSTILE.script} ${HOSTILE.attribute}`, checkedBy: HOSTILE.attribute });
    // Built around the schema on purpose: the report must stay safe even with data the API would refuse.
    const hostileClaim = {
      ...claim,
      quote: { ...claim.quote, exact: `${HOSTILE.script}${HOSTILE.attribute}` },
      evidence: [
        { url: `https://example.org/${HOSTILE.attribute}`, title: HOSTILE.script, note: HOSTILE.attribute },
        { url: 'javascript:alert(1)', title: 'not a link' },
      ],
    };
    const sources = demoSources().map((s) => (s.id === 'kremlin' ? { ...s, name: HOSTILE.attribute } : s));
    const { html, document, all } = render(
      buildReportInput({
        title: HOSTILE.script,
        scope: HOSTILE.attribute,
        newsroom: { name: HOSTILE.script, url: `https://example.org/"onmouseover="alert(1)` },
        articles: [article],
        sources,
        claims: [hostileClaim],
      }),
    );
    expect(html).not.toMatch(/<script|<img/i);
    expect(all('script, img')).toEqual([]);
    for (const element of all('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on')).toBe(false);
    }
    expect(document.querySelector('h1')?.textContent).toBe(HOSTILE.script);
    expect(document.querySelector('blockquote')?.textContent).toBe(`${HOSTILE.script}${HOSTILE.attribute}`);
    expect(document.body.textContent).toContain(HOSTILE.attribute);
    const hrefs = all('a').map((a) => a.getAttribute('href'));
    expect(hrefs).not.toContain('javascript:alert(1)');
    expect(document.body.textContent).toContain('not a link');
    for (const a of all('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('has a print stylesheet: A4 page margins, claims kept whole, link URLs printed', () => {
    const css = document.querySelector('style')?.textContent ?? '';
    expect(css).toMatch(/@page\s*\{[^}]*size: A4;[^}]*margin:/);
    expect(css).toMatch(/@media print[\s\S]*\.claim[^{]*\{[^}]*break-inside: avoid/);
    expect(css).toContain('content: " <" attr(href) ">"');
    expect(css).not.toMatch(/margin-left|margin-right|padding-left|padding-right|border-left|border-right|text-align: (left|right)/);
  });

  it('inlines the font CSS the server passes, without letting it close the style element', () => {
    const fontCss = "@font-face { font-family: 'Noto Naskh Arabic'; src: url(/fonts/naskh.woff2); } </style><script>alert(1)</script>";
    const { document, all } = render({ ...input, fontCss });
    expect(document.querySelector('style')?.textContent).toContain("font-family: 'Noto Naskh Arabic'");
    expect(all('style')).toHaveLength(1);
    expect(all('script')).toEqual([]);
  });

  it('says so when the scope holds no claims', () => {
    const { document } = render({ ...input, claims: [] });
    expect(document.querySelector('#claims-h + p')?.textContent).toBe(EN_REPORT_LABELS.noClaims);
    expect(document.querySelector('svg')).toBeNull();
  });
});
