// The workbench by keyboard and screen reader (issue 16, item 2): a skip link as the first Tab stop leads to the
// article text, Esc closes the claim panel and gives focus back to what opened it, and the app's polite live region
// says what was saved, in the interface language.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { claimsOf, openOnDemoArticle, pointAtOffset, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;
beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

const focused = () =>
  h.page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { sentence: element?.dataset.sentence ?? null, text: element?.textContent?.trim() ?? '', role: element?.getAttribute('role') ?? null };
  });
const liveRegion = () => h.page.locator('[role="status"][aria-live="polite"]').filter({ has: h.page.locator('[data-announcement]') });

it('reaches the article text from load in at most 3 Tabs, through the skip link', async () => {
  await h.page.reload();
  await h.page.getByRole('article').waitFor();
  let presses = 0;
  while ((await focused()).sentence === null && presses < 3) {
    presses += 1;
    await h.page.keyboard.press('Tab');
    if ((await focused()).text === 'Skip to article text') await h.page.keyboard.press('Enter');
  }
  expect((await focused()).sentence).toBe('0');
  expect(presses).toBeLessThanOrEqual(3);
  // Elsewhere the same first stop leads to the page's content.
  await h.page.goto(`${h.url}/settings`);
  await h.page.locator('h1').waitFor();
  await h.page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Skip to main content');
});

it('closes the panel with Esc and gives focus back to the sentence that opened it, then to the claim list', async () => {
  const { page } = h;
  const third = demo.sentences[2]!;
  const point = await pointAtOffset(page, third.start + 3);
  await page.mouse.click(point.x, point.y);
  const make = page.getByRole('button', { name: 'Make claim' });
  await make.focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => make.count()).toBe(0);
  expect((await focused()).sentence).toBe('2');

  // A claim opened from the list: Esc from the editor's verdict buttons goes back to the list.
  await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, third.start, third.start + 10, { sourceId: 'kremlin' }));
  await page.reload();
  const list = page.getByRole('listbox', { name: 'Claims in this article' });
  await list.getByRole('option').first().click();
  const corroborated = page.getByRole('button', { name: 'Corroborated' });
  await corroborated.focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => corroborated.count()).toBe(0);
  expect((await focused()).role).toBe('listbox');

  // Esc while typing the note closes the panel as well, back to the list, and keeps what was typed: it is saved.
  await list.getByRole('option').first().click();
  const note = page.getByRole('textbox', { name: 'Note' });
  await note.fill('Checked against the ministry briefing');
  await page.keyboard.press('Escape');
  await expect.poll(() => note.count()).toBe(0);
  expect((await focused()).role).toBe('listbox');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => c.note)).toEqual(['Checked against the ministry briefing']);
});

it('announces a save in the polite live region, in the interface language', async () => {
  const { page } = h;
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, demo.sentences[1]!.start, demo.sentences[1]!.start + 12));
  await page.goto(`${h.url}/articles/${demo.id}?claim=${claim.id}`);
  await page.getByRole('button', { name: 'Disputed' }).click();
  await expect.poll(() => liveRegion().locator('[data-announcement]').textContent()).toBe('Claim saved');

  const arabic = await h.newPage({ locale: 'ar', signedIn: true });
  await arabic.goto(`${h.url}/articles/${demo.id}?claim=${claim.id}`);
  await arabic.locator('.claim-editor').waitFor();
  await arabic.locator('.verdict-button.verdict-corroborated').click();
  const region = arabic.locator('[role="status"][aria-live="polite"] [data-announcement]');
  await expect.poll(() => region.textContent()).toBe('تم حفظ الادعاء');
});

it('closes the shortcuts dialog with Esc and leaves focus on the sentence it was opened from', async () => {
  const { page } = h;
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('j');
  expect((await focused()).sentence).toBe('1');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
  expect((await focused()).sentence).toBe('1');
});

it('goes by keyboard alone from load to a saved, rated claim and back to its sentence', async () => {
  const { page } = h;
  await page.reload();
  await page.getByRole('article').waitFor();
  await page.keyboard.press('Tab');
  expect((await focused()).text).toBe('Skip to article text');
  await page.keyboard.press('Enter');
  expect((await focused()).sentence).toBe('0');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  expect((await focused()).sentence).toBe('2');

  // Enter opens the new claim on the sentence; the sentence names the Élysée, preselected. Enter again goes to that
  // source, to confirm it (a screen reader reads the source out), and a third Enter makes the claim.
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('combobox', { name: 'Source' }).inputValue()).toBe('Élysée');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused()).role).toBe('combobox');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete claim' }).waitFor();
  await page.keyboard.press('d');
  await expect.poll(() => page.getByRole('button', { name: 'Disputed' }).getAttribute('aria-pressed')).toBe('true');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.sourceId, c.verdict])).toEqual([['elysee', 'disputed']]);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('button', { name: 'Delete claim' }).count()).toBe(0);
  expect((await focused()).sentence).toBe('2');
  expect(h.errors).toEqual([]);
});
