// Credits in every report format (issue 15): "checked by" names the fact-checker who set the verdict, "approved by"
// the editor who approved it, with the day, as separate fields; a claim not approved names no editor.
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../domain/locales.ts';
import { buildClaimReviews } from '../../../domain/reports/claimreview.ts';
import { buildCsv } from '../../../domain/reports/csv.ts';
import { buildHtmlReport } from '../../../domain/reports/html-report.ts';
import { buildJson } from '../../../domain/reports/json.ts';
import { reportLabels } from '../../../domain/reports/labels.ts';
import { buildMarkdown } from '../../../domain/reports/markdown.ts';
import type { ReportClaim } from '../../../domain/reports/report-input.ts';
import { publishedInput, settings } from '../publication/build-publication.ts';
import { buildReportInput, demoClaims } from './build-report-input.ts';

const APPROVED_AT = '2026-03-03T08:00:00.000Z';

/** The demo claims: the third approved by an editor, the second sent back to its fact-checker. */
function creditedClaims(): ReportClaim[] {
  const [first, second, third] = demoClaims();
  return [
    { ...first!, reviewState: 'pending', approvedBy: null, approvedAt: null },
    { ...second!, reviewState: 'returned', approvedBy: null, approvedAt: null },
    { ...third!, checkedBy: 'Leila Haddad', reviewState: 'approved', approvedBy: 'Omar Said', approvedAt: APPROVED_AT },
  ];
}
const input = (language: 'en' | 'fr' | 'ar' = 'en') => buildReportInput({ claims: creditedClaims(), language });

describe('credits in the reports', () => {
  it('gives the CSV checked_by, approved_by and approved_at columns', () => {
    const rows = Papa.parse<Record<string, string>>(buildCsv(input()).replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.map((r) => [r.checked_by, r.approved_by, r.approved_at])).toEqual([
      ['Leila Haddad', '', ''],
      ['ليلى حداد', '', ''],
      ['Leila Haddad', 'Omar Said', APPROVED_AT],
    ]);
  });

  it('gives the JSON claims checkedBy, approvedBy and approvedAt', () => {
    const claims = JSON.parse(JSON.stringify(buildJson(input()))).claims as ReportClaim[];
    expect(claims.map((c) => [c.checkedBy, c.approvedBy, c.approvedAt])).toEqual([
      ['Leila Haddad', null, null],
      ['ليلى حداد', null, null],
      ['Leila Haddad', 'Omar Said', APPROVED_AT],
    ]);
  });

  it.each(UI_LANGUAGES)('shows "checked by" and "approved by … on <date>" in the %s HTML report', (language) => {
    const labels = reportLabels(language);
    const { document } = new JSDOM(buildHtmlReport(input(language))).window;
    const facts = [...document.querySelectorAll('section.claim')].map((section) =>
      Object.fromEntries([...section.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!])),
    );
    expect(facts.map((f) => f[labels.checkedBy]?.textContent)).toEqual(['Leila Haddad', 'ليلى حداد', 'Leila Haddad']);
    expect(facts.map((f) => f[labels.approvedBy] !== undefined)).toEqual([false, false, true]);
    const approval = facts[2]![labels.approvedBy]!;
    expect(approval.querySelector('bdi')?.textContent).toBe('Omar Said');
    expect(approval.querySelector('time')?.getAttribute('datetime')).toBe(APPROVED_AT);
    expect(approval.textContent).toContain(labels.approvedOn(approval.querySelector('time')!.textContent!));
  });

  it.each(UI_LANGUAGES)('shows both names in the %s Markdown report', (language) => {
    const labels = reportLabels(language);
    const markdown = buildMarkdown(input(language));
    const claims = markdown.split(/^### /m).slice(1);
    expect(claims.map((c) => c.includes(labels.withColon(labels.approvedBy)))).toEqual([false, false, true]);
    expect(claims[2]).toMatch(new RegExp(`${labels.withColon(labels.approvedBy)}.*Omar Said`));
    expect(claims[2]).toMatch(new RegExp(`${labels.withColon(labels.checkedBy)}.*Leila Haddad`));
  });

  it('names the fact-checker as contributor and the approving editor as editor in ClaimReview, the newsroom as author', () => {
    // The approved claim published: its page's ClaimReview carries the credits frozen with it.
    const [review] = buildClaimReviews(publishedInput(input(), (c) => c.reviewState === 'approved'));
    expect(review).toMatchObject({
      author: { '@type': 'Organization', name: settings.newsroomNames.ar },
      contributor: { '@type': 'Person', name: 'Leila Haddad' },
      editor: { '@type': 'Person', name: 'Omar Said' },
    });
  });

  it('names no editor in ClaimReview when the approving editor\'s name is unknown', () => {
    const [first] = demoClaims();
    const [review] = buildClaimReviews(publishedInput(buildReportInput({ claims: [{ ...first!, verdict: 'disputed', approvedBy: null }] })));
    expect(review).toMatchObject({ contributor: { '@type': 'Person', name: 'Leila Haddad' } });
    expect(review).not.toHaveProperty('editor');
  });
});
