// The review loop without surprises (issue 16, item 4), in Chromium: the queue searched in Arabic with another
// spelling, find in article (Ctrl+F) painting every match, an approval withdrawn with a reason, and the "Returned"
// badge with the editor's note in the queue and in the workbench.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { findMatches, normalizeQuery } from '../../domain/search-normalize.ts';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { articleDetail, highlightedTexts, openArticle, openHarness, screenshot, tabIntoText, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;
beforeEach(async () => {
  h = await openHarness();
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
});
afterEach(async () => {
  await h.close();
});

/** A claim on the first occurrence of `exact` in the demo article. */
async function claimOn(exact: string, fields: Record<string, unknown> = {}): Promise<Claim> {
  const start = demo.text.indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in the demo article`);
  return h.api<Claim>('POST', `/articles/${demo.id}/claims`, { start, end: start + exact.length, exact, sourceId: 'armenian-government', ...fields });
}

const queueRows = () => h.page.getByRole('list', { name: 'Claims to review' }).getByRole('listitem').filter({ has: h.page.locator('.queue-quote') });

it('finds a claim in the queue by Arabic words spelled with other alef, hamza, ta marbuta and tashkeel', async () => {
  const { page } = h;
  const armenia = await claimOn('قالت أرمينيا الجمعة إنها', { verdict: 'disputed' });
  const moscow = await claimOn('في موسكو', { verdict: 'disputed' });
  await page.goto(`${h.url}/review`);
  await expect.poll(() => queueRows().count()).toBe(2);
  await page.getByLabel('Search claims').fill('قالَت اَرمينيا الجمعه انّها');
  await expect.poll(() => queueRows().count()).toBe(1);
  await queueRows().first().getByText(armenia.quote.exact).waitFor();
  expect(new URL(page.url()).searchParams.get('q')).toBe('قالَت اَرمينيا الجمعه انّها');
  // The row names the article, the source and the fact-checker who made the claim.
  const meta = await queueRows().first().locator('.queue-meta').textContent();
  expect(meta).toContain(demo.title);
  expect(meta).toContain('Armenian');
  expect(meta).toContain('fact-checker: Test Checker');
  await page.getByLabel('Search claims').fill('');
  await expect.poll(() => queueRows().count()).toBe(2);
  await queueRows().filter({ hasText: moscow.quote.exact }).waitFor();
});

it('finds in the article with Ctrl+F: every match painted, stepped through with Enter, closed with Esc', async () => {
  const { page } = h;
  await openArticle(h, demo.id);
  await tabIntoText(page);
  const sentence = await page.evaluate(() => document.activeElement?.getAttribute('data-sentence'));
  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: 'Find in article' });
  await find.waitFor();
  const query = 'اذربيجان'; // written أذربيجان in the article
  await page.keyboard.type(query);
  const expected = findMatches(demo.text, query);
  expect(expected.length).toBeGreaterThan(2);
  await find.getByText(`1 of ${expected.length}`).waitFor();
  const painted = await highlightedTexts(page, 'find');
  expect(painted).toEqual(expected.map(({ start, end }) => demo.text.slice(start, end)));
  expect(painted.every((text) => normalizeQuery(text) === normalizeQuery(query))).toBe(true);
  expect(await highlightedTexts(page, 'find-current')).toEqual([painted[0]]);
  await page.keyboard.press('Enter');
  await find.getByText(`2 of ${expected.length}`).waitFor();
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await find.getByText(`${expected.length} of ${expected.length}`).waitFor();
  await screenshot(h, 'find-in-article-ar');
  await page.keyboard.press('Escape');
  await find.waitFor({ state: 'detached' });
  expect(await highlightedTexts(page, 'find')).toEqual([]);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sentence'))).toBe(sentence);
});

it('lets an editor withdraw an approval with a reason, the row showing who approved it instead of Approve', async () => {
  const { page } = h;
  const claim = await claimOn('في موسكو', { verdict: 'corroborated' });
  await h.api('POST', `/claims/${claim.id}/review`, { decision: 'approve', version: claim.version });
  await page.goto(`${h.url}/review?verdict=all`);
  const row = queueRows().filter({ hasText: claim.quote.exact });
  await row.getByText('Approved by Test Checker on').waitFor();
  expect(await row.getByRole('button', { name: 'Approve' }).count()).toBe(0);
  await screenshot(h, 'queue-approved-row');
  await row.getByRole('button', { name: 'Withdraw approval…' }).click();
  await row.getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await row.getByText('Say why the approval is withdrawn').waitFor(); // the reason is required
  await row.getByLabel('Why withdraw the approval? (required)').fill('The ministry denied the meeting since.');
  await row.getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await row.getByText('Approval withdrawn by Test Checker').waitFor();
  await row.getByText('The ministry denied the meeting since.').waitFor();
  await row.getByRole('button', { name: 'Approve' }).waitFor();
  await screenshot(h, 'queue-approval-withdrawn');
  const now = await h.api<Claim>('GET', `/claims/${claim.id}`);
  expect(now.review).toMatchObject({ state: 'pending', comment: 'The ministry denied the meeting since.' });
});

it('lets an editor withdraw an approval from the workbench panel too, with a reason', async () => {
  const { page } = h;
  const claim = await claimOn('في موسكو', { verdict: 'corroborated' });
  await h.api('POST', `/claims/${claim.id}/review`, { decision: 'approve', version: claim.version });
  await page.goto(`${h.url}/articles/${demo.id}?claim=${claim.id}`);
  const editor = page.locator('.claim-editor');
  await editor.getByText('Approved by Test Checker on').waitFor();
  await editor.getByRole('button', { name: 'Withdraw approval…' }).click();
  await editor.getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await editor.getByText('Say why the approval is withdrawn').waitFor(); // the reason is required
  expect((await h.api<Claim>('GET', `/claims/${claim.id}`)).review.state).toBe('approved');
  await editor.getByLabel('Why withdraw the approval? (required)').fill('A second source contradicts it.');
  await editor.getByRole('button', { name: 'Withdraw approval', exact: true }).click();
  await editor.getByText('Approval withdrawn by Test Checker').waitFor();
  await editor.getByText('A second source contradicts it.').waitFor();
  expect(await editor.getByRole('button', { name: 'Withdraw approval…' }).count()).toBe(0);
  await expect.poll(async () => (await h.api<Claim>('GET', `/claims/${claim.id}`)).review).toMatchObject({ state: 'pending', comment: 'A second source contradicts it.' });
  await screenshot(h, 'workbench-approval-withdrawn');
});

it('marks a returned claim with a badge and the editor\'s note in the queue and the claim panel, until it changes', async () => {
  const { page } = h;
  const claim = await claimOn('في موسكو', { verdict: 'disputed' });
  const note = 'Which statement? Link the transcript.';
  const returned = await h.api<Claim>('POST', `/claims/${claim.id}/review`, { decision: 'return', comment: note, version: claim.version });
  await page.goto(`${h.url}/review`);
  const row = queueRows().filter({ hasText: claim.quote.exact });
  await row.locator('.review-tag.review-returned', { hasText: 'Returned' }).waitFor();
  await row.getByRole('blockquote', { name: 'Editor’s comment' }).getByText(note).waitFor();
  await row.getByRole('link', { name: 'Open in article' }).click();
  await page.getByRole('article').waitFor();
  const panel = page.locator('.review-status.review-returned');
  await panel.locator('.review-tag', { hasText: 'Returned' }).waitFor();
  await panel.getByText(note).waitFor();
  const listed = page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option', { name: /في موسكو/ });
  await listed.getByText('Returned for changes').waitFor();
  await listed.getByText(note).waitFor();
  await screenshot(h, 'returned-badge-panel');
  // A change to the claim takes the badge away: it needs a new decision.
  await h.api('PATCH', `/claims/${claim.id}`, { version: returned.version, note: 'Linked the transcript.' });
  await page.goto(`${h.url}/review`);
  await queueRows().filter({ hasText: claim.quote.exact }).getByText('Pending review').waitFor();
  expect(await queueRows().filter({ hasText: claim.quote.exact }).locator('.review-tag.review-returned').count()).toBe(0);
});
