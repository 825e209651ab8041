// Publishing in Chromium (issue 15): an editor names the newsroom in Settings (which first says publishing is
// blocked), publishes the demo article's approved claim from the workbench, and the public page opens in another
// browser with no account and JavaScript disabled, in Arabic, right to left, with its ClaimReview.
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { SCREENSHOT_DIR, openOnDemoArticle, openArticle, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;
beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

it('publishes the approved claim, and the public page reads in Arabic without JavaScript', async () => {
  const { page } = h;
  const quote = demo.sentences[0]!.text.trim();
  const start = demo.text.indexOf(quote);
  const made = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + quote.length, { verdict: 'disputed', note: 'لا تؤكده أي جهة مستقلة.' }));
  await h.api('POST', `/claims/${made.id}/review`, { decision: 'approve', version: made.version });

  // Settings say first that publishing is blocked, and why; then the editor names the newsroom.
  await page.goto(`${h.url}/settings`);
  const blocked = page.getByTestId('publication-blocked');
  await expect.poll(() => blocked.textContent()).toContain('Claimdesk newsroom');
  await page.locator('#newsroomName').fill('Karabakh Facts');
  await page.getByRole('form', { name: 'Newsroom' }).getByRole('button', { name: 'Save' }).click();
  await page.getByRole('form', { name: 'Newsroom' }).getByText('Saved').waitFor();
  const publishing = page.getByRole('form', { name: 'Publishing' });
  await publishing.getByLabel('Newsroom name in العربية').fill('حقائق كاراباخ');
  await publishing.getByLabel('Public base URL').fill('https://facts.example.org');
  await publishing.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('publication-ready').waitFor();

  // The workbench publishes it.
  await openArticle(h, demo.id);
  const panel = page.getByTestId('publish-panel');
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('Not published');
  await panel.getByRole('button', { name: 'Publish' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toContain('Published, version 1');
  expect(await panel.getByRole('link', { name: 'Open the public page' }).getAttribute('href')).toBe(`https://facts.example.org/v/${demo.id}`);

  // Another browser, no account, no JavaScript.
  const reader = await h.newPage({ locale: 'ar', signedIn: false, javaScriptEnabled: false });
  const errors: string[] = [];
  reader.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await reader.goto(`${h.url}/v/${demo.id}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).not.toContain('script-src');
  expect(await reader.locator('html').getAttribute('lang')).toBe('ar');
  expect(await reader.locator('html').getAttribute('dir')).toBe('rtl');
  await reader.getByRole('heading', { name: 'الادعاء 1' }).waitFor();
  expect(await reader.locator('#claim-1 blockquote').textContent()).toBe(quote);
  expect(await reader.locator('#claim-1').textContent()).toContain('مُتنازَع عليه');
  expect(await reader.locator('#claim-1').textContent()).toContain('لا تؤكده أي جهة مستقلة.');
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'ClaimReview', url: `https://facts.example.org/v/${demo.id}#claim-1`, author: { name: 'حقائق كاراباخ' } });
  // The claim's heading sits at the top of its card, after the card's padding only: no empty band above it.
  const gap = await reader.locator('#claim-1').evaluate((card) => {
    const heading = card.querySelector('h2')!;
    return heading.getBoundingClientRect().top - card.getBoundingClientRect().top - parseFloat(getComputedStyle(card).paddingBlockStart);
  });
  expect(gap).toBeLessThan(4);
  await reader.screenshot({ path: path.join(SCREENSHOT_DIR, 'public-page-ar.png'), fullPage: true });
  expect(errors).toEqual([]);

  // Not published: the same 404 as an address that never existed.
  expect((await reader.goto(`${h.url}/v/no-such-page`))?.status()).toBe(404);

  // Withdrawn: 410 with the short notice, still without a script.
  // A new reader: the first holds the page in its HTTP cache for Cache-Control's max-age, as any browser would.
  await h.api('POST', `/articles/${demo.id}/publication/withdrawal`, { reason: 'نُشر خطأً.' });
  const later = await h.newPage({ locale: 'ar', signedIn: false, javaScriptEnabled: false });
  const gone = await later.goto(`${h.url}/v/${demo.id}`);
  expect(gone?.status()).toBe(410);
  expect(gone?.headers()['content-security-policy']).not.toContain('script-src');
  expect(await later.locator('#claim-1').count()).toBe(0);
  expect(await later.locator('body').textContent()).not.toContain(quote);
});
