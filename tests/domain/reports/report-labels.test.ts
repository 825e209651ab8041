// The report templates in English, French and Arabic: the same labels in each, counts in the plural forms of the
// language, French typography, the scope in words, and the HTML and Markdown reports rendered in each language with
// the article's Arabic quotes kept in their own language and direction.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../domain/locales.ts';
import { buildHtmlReport } from '../../../domain/reports/html-report.ts';
import { reportLabels } from '../../../domain/reports/labels.ts';
import { buildMarkdown } from '../../../domain/reports/markdown.ts';
import { buildReportInput, QUOTES } from './build-report-input.ts';
import { isolate } from '../../../domain/bidi.ts';

/** Espace fine insécable: what French puts before « : ; ? ! » and inside guillemets. */
const NB = '\u202F';

function render(language: 'en' | 'fr' | 'ar') {
  const html = buildHtmlReport(buildReportInput({ language }));
  const { document } = new JSDOM(html).window;
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);
  /** A claim heading's label, before the claim's words. */
  const headingLabels = () => [...document.querySelectorAll('section.claim h3')].map((e) => e.firstChild?.textContent?.trim());
  return { html, document, texts, headingLabels };
}

describe('reportLabels', () => {
  it('has the same labels in every language, in the language’s own direction', () => {
    const keys = (labels: object) => Object.keys(labels).sort();
    for (const language of UI_LANGUAGES) {
      const labels = reportLabels(language);
      expect(keys(labels)).toEqual(keys(reportLabels('en')));
      expect(keys(labels.verdicts)).toEqual(['corroborated', 'disputed', 'unreviewed']);
      expect(labels.language).toBe(language);
    }
    expect(UI_LANGUAGES.map((l) => reportLabels(l).direction)).toEqual(['ltr', 'ltr', 'rtl']);
  });

  it('counts claims in all six Arabic plural forms, with the number as the locale shows it', () => {
    const { claimCount } = reportLabels('ar');
    const counted = [0, 1, 2, 3, 11, 100].map((n) => claimCount(n, n.toLocaleString('ar-EG')));
    expect(counted).toEqual(['لا ادعاءات', 'ادعاء واحد', 'ادعاءان', '٣ ادعاءات', '١١ ادعاءً', '١٠٠ ادعاء']);
    expect(claimCount(103, '١٠٣')).toBe('١٠٣ ادعاءات'); // few again: 3–10 after the hundreds
  });

  it('counts claims in French one, many and other forms, and in English one and other', () => {
    const fr = reportLabels('fr').claimCount;
    expect([fr(0, '0'), fr(1, '1'), fr(2, '2'), fr(1_000_000, `1${NB}000${NB}000`)]).toEqual([
      '0 affirmation',
      '1 affirmation',
      '2 affirmations',
      `1${NB}000${NB}000 d’affirmations`,
    ]);
    const en = reportLabels('en').claimCount;
    expect([en(0, '0'), en(1, '1'), en(2, '2')]).toEqual(['0 claims', '1 claim', '2 claims']);
  });

  it('writes French with a narrow no-break space before colons and semicolons and inside guillemets', () => {
    const fr = reportLabels('fr');
    expect(fr.documentTitle('Karabakh')).toBe(`Rapport de vérification${NB}: ${isolate('Karabakh')}`);
    expect(fr.withColon('Source')).toBe(`Source${NB}:`);
    expect(fr.chartDescription).toContain(`source${NB};`);
    expect(fr.describeScope({ approvedOnly: false, article: 'Karabakh' })).toBe(`Toutes les affirmations${NB}: article «${NB}${isolate('Karabakh')}${NB}»`);
  });

  it('words the scope and the title of a report across articles in each language', () => {
    // The verdict comes named by the desk's scale in the report's language (report-scope.ts), like the source.
    const scope = { approvedOnly: true, verdict: 'Contestée', review: 'approved', source: 'Kremlin', from: '1 mars 2026', to: '9 mars 2026' } as const;
    expect(reportLabels('en').describeScope({ ...scope, verdict: 'Disputed', from: 'March 1, 2026', to: 'March 9, 2026' })).toBe(
      `Claims an editor approved: verdict “Disputed”, review “Approved”, source “${isolate('Kremlin')}”, changed between March 1, 2026 and March 9, 2026`,
    );
    expect(reportLabels('fr').describeScope(scope)).toBe(
      `Affirmations approuvées par un éditeur${NB}: verdict «${NB}Contestée${NB}», relecture «${NB}Approuvée${NB}», ` +
        `source «${NB}${isolate('Kremlin')}${NB}», modifiées entre le 1 mars 2026 et le 9 mars 2026`,
    );
    expect(reportLabels('ar').describeScope({ approvedOnly: false, source: 'الكرملين', checkedBy: 'ليلى حداد' })).toBe(
      `كل الادعاءات: المصدر «${isolate('الكرملين')}»، دقّقها ${isolate('ليلى حداد')}`,
    );
    expect(reportLabels('en').describeScope({ approvedOnly: false })).toBe('All claims');
    expect(reportLabels('en').reportTitle(1, '1')).toBe('Verification report (1 claim)');
    expect(reportLabels('fr').reportTitle(3, '3')).toBe('Rapport de vérification (3 affirmations)');
    expect(reportLabels('ar').reportTitle(2, '٢')).toBe('تقرير التحقق (ادعاءان)');
  });
});

describe('the HTML report in French and Arabic', () => {
  it('renders French left to right with French headings, keeping each Arabic quote right to left', () => {
    const { html, document, texts, headingLabels } = render('fr');
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(document.title).toBe(`Rapport de vérification${NB}: ${isolate(buildReportInput().title)}`);
    expect(document.querySelector('.kind')?.textContent).toBe('Rapport de vérification');
    expect(texts('h2')).toEqual(['Articles', 'Synthèse', 'Affirmations']);
    expect(headingLabels()).toEqual(['Affirmation 1', 'Affirmation 2', 'Affirmation 3']);
    expect(texts('section.claim .badge')).toEqual(['Non vérifiée', 'Contestée', 'Corroborée']);
    expect(document.querySelector('#summary-h + p')?.textContent).toBe('3 affirmations');
    expect(document.querySelector('header dl')?.textContent).toContain('2 mars 2026');
    const quotes = [...document.querySelectorAll('section.claim blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([QUOTES.elysee, QUOTES.armenia, QUOTES.kremlin]);
    for (const q of quotes) expect([q.getAttribute('lang'), q.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    // Sources by their French names where they have one, the article's own name beside it, right to left.
    const source = document.querySelectorAll('section.claim')[1]?.querySelector('dd');
    expect(source?.textContent).toBe('Gouvernement arménien (الحكومة الأرمينية)');
    expect(source?.querySelector('bdi[lang="ar"][dir="rtl"]')?.textContent).toBe('الحكومة الأرمينية');
  });

  it('renders Arabic right to left with Arabic headings, badges and counts', () => {
    const { html, document, texts, headingLabels } = render('ar');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(document.title.startsWith('تقرير التحقق: ')).toBe(true);
    expect(texts('h2')).toEqual(['المقالات', 'الملخص', 'الادعاءات']);
    expect(headingLabels()).toEqual([1, 2, 3].map((n) => `الادعاء ${n.toLocaleString('ar')}`));
    expect(texts('section.claim .badge')).toEqual(['غير مُراجَع', 'مُتنازَع عليه', 'مؤكَّد']);
    expect(document.querySelector('#summary-h + p')?.textContent).toBe(`${(3).toLocaleString('ar')} ادعاءات`);
    expect(texts('section.claim dt').slice(0, 4)).toEqual(['المصدر', 'دقّقه', 'آخر تحديث', 'السياق']);
    expect(document.querySelector('svg title')?.textContent).toBe('الادعاءات حسب المصدر، مقسَّمة حسب الحكم');
  });
});

describe('the Markdown report in French', () => {
  const md = buildMarkdown(buildReportInput({ language: 'fr' }));

  it('has French headings, labels with their narrow no-break space, and French verdicts', () => {
    expect(md.startsWith(`# Rapport de vérification${NB}: `)).toBe(true);
    expect(md).toContain(`- **Rédaction${NB}:** [Claimdesk Fact Check](<https://factcheck.example.org/>)`);
    expect(md).toContain(`- **Établi le${NB}:** 2 mars 2026`);
    expect(md).toContain('## Synthèse\n\n3 affirmations\n');
    expect(md).toContain('| Contestée | 1 |');
    expect(md.match(/^### Affirmation \d$/gm)).toEqual(['### Affirmation 1', '### Affirmation 2', '### Affirmation 3']);
    expect(md).toContain(`- **Verdict${NB}:** Corroborée`);
    expect(md).toContain(`> <bdi dir="rtl" lang="ar">${QUOTES.kremlin}</bdi>`);
  });
});
