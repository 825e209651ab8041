// Exporting reports in Chromium: from the demo article's page to the export screen, a sandboxed HTML preview in which
// a hostile note stays text, HTML and PDF downloads under the server's file names (the PDF's text holds the Arabic
// quote in logical order), the empty-scope message, a failed PDF shown at its button, and the newsroom name set in
// Settings signing a ClaimReview download, which holds only published claims: refused by its button while none is,
// then saying how many it left out.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Download } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { SCREENSHOT_DIR, articleDetail, openArticle, openHarness, screenshot, type Harness } from './harness.ts';

const KREMLIN_DEMAND = 'بوقف القتال في ناغورني قره باغ لأسباب إنسانية بهدف تبادل جثث القتلى والأسرى';
const SHELLING = 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة';
const HOSTILE_NOTE = '<script>alert(1)</script> compare with the Armenian readout';
const FILE_NAME = /^afp-karabakh-2020-10-09-ar-\d{4}-\d{2}-\d{2}\./;

let h: Harness;
let demo: ArticleDetail;
let claims: Claim[];
let downloads: string;

/** Makes a claim on the demo article through the API, the way another tool would. */
async function makeClaim(quote: string, overrides: Parameters<typeof buildClaimBody>[3]): Promise<Claim> {
  const start = demo.text.indexOf(quote);
  expect(start).toBeGreaterThan(0);
  return h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + quote.length, overrides));
}

/** Clicks the button and saves the file the browser downloads into the test's folder. */
async function downloadWith(button: string): Promise<{ download: Download; file: string }> {
  const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.getByRole('button', { name: button }).click()]);
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return { download, file };
}

beforeEach(async () => {
  h = await openHarness({ viewport: { width: 1440, height: 900 } });
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  claims = [
    await makeClaim(KREMLIN_DEMAND, { sourceId: 'kremlin', verdict: 'disputed', note: HOSTILE_NOTE }),
    await makeClaim(SHELLING, { sourceId: 'armenian-government', verdict: 'corroborated' }),
  ];
  downloads = await mkdtemp(path.join(tmpdir(), 'claimdesk-downloads-'));
});
afterEach(async () => {
  await h.close();
  await rm(downloads, { recursive: true, force: true });
});

it('exports the demo article from its page: a sandboxed preview, then HTML and PDF under the server’s file names', async () => {
  const { page } = h;
  await openArticle(h, demo.id);
  await page.getByRole('link', { name: 'Export report' }).click();
  await page.getByRole('heading', { name: 'Export a report' }).waitFor();
  expect(new URL(page.url()).searchParams.get('articleId')).toBe(demo.id);
  expect(await page.getByRole('radio', { name: 'One article' }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: 'Only claims an editor approved' }).isChecked()).toBe(false);
  await page.getByRole('status').filter({ hasText: '2 claims in this report' }).waitFor();

  const frame = page.frameLocator('iframe[title="Report preview"]');
  await frame.getByText(KREMLIN_DEMAND).first().waitFor();
  await frame.getByText(HOSTILE_NOTE).waitFor();
  expect(await page.getByTitle('Report preview').getAttribute('sandbox')).toBe('');
  expect(await frame.locator('script').count()).toBe(0);
  await frame.getByText(HOSTILE_NOTE).scrollIntoViewIfNeeded();
  await screenshot(h, 'export-preview');

  const html = await downloadWith('Download HTML report');
  expect(html.download.suggestedFilename()).toMatch(new RegExp(`${FILE_NAME.source}html$`));
  const saved = await readFile(html.file, 'utf8');
  expect(saved).toContain(KREMLIN_DEMAND);
  expect(saved).not.toContain('<script>alert(1)</script>');
  await page.getByRole('status').filter({ hasText: `Saved ${html.download.suggestedFilename()}` }).waitFor();

  await page.getByRole('radio', { name: 'PDF' }).check();
  const pdf = await downloadWith('Download PDF');
  expect(pdf.download.suggestedFilename()).toMatch(new RegExp(`${FILE_NAME.source}pdf$`));
  expect((await readFile(pdf.file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', pdf.file, '-']);
  // pdftotext splits Chromium's Arabic glyph runs with stray spaces and bidi marks (see tests/server/api-reports.test.ts).
  const letters = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
  expect(letters(stdout)).toContain(letters(KREMLIN_DEMAND));
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await promisify(execFile)('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf.file, path.join(SCREENSHOT_DIR, 'export-report-pdf')]);
  expect(h.errors).toEqual([]);
});

it('opens a queue filter from the query string and says when nothing is approved rather than offering an empty file', async () => {
  const { page } = h;
  await page.goto(`${h.url}/export?verdict=disputed&format=claimreview`);
  expect(await page.getByRole('radio', { name: 'Claims matching a filter, across articles' }).isChecked()).toBe(true);
  expect(await page.getByLabel('Verdict', { exact: true }).inputValue()).toBe('disputed');
  expect(await page.getByRole('radio', { name: 'ClaimReview' }).isChecked()).toBe(true);
  const approvedOnly = page.getByRole('checkbox', { name: 'Only claims an editor approved' });
  expect(await approvedOnly.isChecked()).toBe(true);
  await page.getByRole('status').filter({ hasText: 'Nothing to export.' }).filter({ hasText: '1 claim match' }).waitFor();
  expect(await page.getByRole('button', { name: 'Download ClaimReview' }).isDisabled()).toBe(true);

  await approvedOnly.uncheck();
  await page.getByRole('status').filter({ hasText: '1 claim in this report' }).waitFor();
  expect(await page.getByRole('button', { name: 'Download ClaimReview' }).isEnabled()).toBe(true);
  expect(new URL(page.url()).searchParams.get('approved')).toBe('all');
  expect(h.errors).toEqual([]);
});

it('shows a failed PDF with the message for the server’s error code beside the Download button', async () => {
  const { page } = h;
  const error = { code: 'pdf_unavailable', message: 'PDF export needs Chromium, which is not installed at /usr/bin/chromium.', field: 'format', params: { path: '/usr/bin/chromium' } };
  const message = 'PDF export needs Chromium, which is not installed on this server (/usr/bin/chromium).';
  await page.route(/\/api\/reports\?.*format=pdf/, (route) =>
    route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error }) }),
  );
  await page.goto(`${h.url}/export?articleId=${demo.id}&format=pdf`);
  await page.getByRole('status').filter({ hasText: '2 claims in this report' }).waitFor();
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const alert = page.getByRole('form', { name: 'Download' }).getByRole('alert');
  await expect.poll(() => alert.textContent()).toContain(message);
  // The browser logs the failed request itself; nothing else may reach the console.
  expect(h.errors.filter((e) => !e.includes('503'))).toEqual([]);
});

it('signs a ClaimReview download with the newsroom name saved in Settings, of published claims only, and says so', async () => {
  const { page } = h;
  await h.api('POST', `/claims/${claims[0]!.id}/review`, { decision: 'approve', version: claims[0]!.version });

  await page.goto(`${h.url}/settings`);
  const newsroom = page.getByRole('form', { name: 'Newsroom' });
  const name = newsroom.getByRole('textbox', { name: 'Newsroom name' });
  await name.fill('   ');
  await newsroom.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => newsroom.getByRole('alert').textContent()).toContain('must not be empty');
  await name.fill('Les Vérificateurs de Bakou');
  await newsroom.getByRole('textbox', { name: 'Newsroom website' }).fill('https://verif.example.org/');
  await newsroom.getByRole('button', { name: 'Save' }).click();
  await newsroom.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await screenshot(h, 'settings-saved');
  expect(await h.api('GET', '/settings')).toMatchObject({ newsroomName: 'Les Vérificateurs de Bakou', newsroomUrl: 'https://verif.example.org/' });
  // A publication export also needs the public address its ClaimReview points at (issue 15).
  await h.api('PATCH', '/settings', { publicBaseUrl: 'https://verif.example.org' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' }).click();
  await page.getByLabel('Article', { exact: true }).selectOption(demo.id);
  await page.getByRole('radio', { name: 'ClaimReview' }).check();
  expect(await page.getByRole('checkbox', { name: 'Only claims an editor approved' }).isChecked()).toBe(true);
  await page.getByText('Signed as Les Vérificateurs de Bakou').waitFor();
  // Said before the download: only published claims go in.
  const form = page.getByRole('form', { name: 'Download' });
  await form.getByText('Only the claims on a published public page are in its ClaimReview').waitFor();
  await page.getByRole('status').filter({ hasText: '1 claim in this report' }).waitFor();

  // Nothing published yet: refused, and told what to do, by the button.
  await page.getByRole('button', { name: 'Download ClaimReview' }).click();
  const alert = form.getByRole('alert');
  await expect.poll(() => alert.textContent()).toContain('None of these claims is on a published page');
  expect(await alert.textContent()).toContain('publish the article first');

  // Published with the approved claim; the other approved after: it is on no page, left out, and counted.
  await h.api('POST', `/articles/${demo.id}/publication`, {});
  await h.api('POST', `/claims/${claims[1]!.id}/review`, { decision: 'approve', version: claims[1]!.version });
  await page.reload();
  await page.getByRole('status').filter({ hasText: '2 claims in this report' }).waitFor();
  const { download, file } = await downloadWith('Download ClaimReview');
  expect(download.suggestedFilename()).toMatch(new RegExp(`${FILE_NAME.source}claimreview\\.jsonld$`));
  const doc = JSON.parse(await readFile(file, 'utf8')) as { '@graph': { url: string; author: { name: string; url?: string } }[] };
  expect(doc['@graph'].map((review) => review.url)).toEqual([`https://verif.example.org/v/${demo.id}#claim-1`]);
  for (const review of doc['@graph']) expect(review.author).toMatchObject({ name: 'Les Vérificateurs de Bakou', url: 'https://verif.example.org/' });
  const done = form.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}` });
  await done.waitFor();
  expect(await done.textContent()).toContain('1 claim left out of the ClaimReview: it is on no published page. Publish its article (again)');
  await screenshot(h, 'export-claimreview-left-out');
  // The browser logs the refused request itself; nothing else may reach the console.
  expect(h.errors.filter((e) => !e.includes('409'))).toEqual([]);
});
