// Claims on the page (issue 16, item 3): an overlapping claim is made but the user is told which claims it overlaps
// and the shared text is painted apart; a suggestion a claim covers leaves the list; Accept all is undone in one
// step; an approved claim is edited only after the warning that it goes back to review.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Claim, Suggestion } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { claimsOf, dragSelect, highlightedTexts, openOnDemoArticle, screenshot, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;
beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

const OPENING = 'قالت أرمينيا';
const suggestionsOf = () => h.api<Suggestion[]>('GET', `/articles/${demo.id}/suggestions`);
const suggestionPanel = () => h.page.getByRole('region', { name: /^Suggestions/ });
const claimOf = async (id: string) => (await claimsOf(h, demo.id)).find((c) => c.id === id);

it('makes an overlapping claim, says which claim it overlaps and paints the shared words apart', async () => {
  const { page } = h;
  const start = demo.text.indexOf(OPENING);
  await h.api('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + OPENING.length, { sourceId: 'kremlin' }));
  await page.reload();
  await page.getByRole('article').waitFor();
  // By keyboard: the skip link to the first sentence, and Enter there for a draft of it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const combobox = page.getByRole('combobox', { name: 'Source' });
  await combobox.waitFor();
  if ((await combobox.inputValue()) === '') {
    await combobox.fill('Élysée');
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Make claim' }).click();
  await expect.poll(async () => (await claimsOf(h, demo.id)).length).toBe(2);
  await page.getByRole('status').filter({ hasText: 'Overlaps claim 1, Kremlin' }).waitFor();
  await expect.poll(() => highlightedTexts(page, 'claim-overlap')).toEqual([OPENING]);
  // The claim list numbers its claims as the notice does: "claim 1" is the Kremlin's, the first in reading order.
  const list = page.getByRole('listbox', { name: 'Claims in this article' });
  await expect.poll(() => list.getByRole('option').filter({ hasText: OPENING }).filter({ hasText: 'Kremlin' }).locator('.claim-number').textContent()).toBe('1');
  await screenshot(h, 'workbench-overlap');
});

it('takes a suggestion off the list once a claim covers it', async () => {
  const { page } = h;
  const target = (await suggestionsOf()).find((s) => s.sourceId === 'kremlin')!;
  const group = page.locator(`[data-suggestion-key="${target.key}"]`);
  await group.waitFor();
  // Not the suggestion's exact span: a claim with other edges covers it as well.
  await dragSelect(page, target.start + 2, target.end - 2);
  const combobox = page.getByRole('region', { name: 'New claim' }).getByRole('combobox', { name: 'Source' });
  if ((await combobox.inputValue()) !== 'Kremlin') {
    await combobox.fill('Kremlin');
    await page.keyboard.press('Enter');
    await expect.poll(() => combobox.inputValue()).toBe('Kremlin');
  }
  await combobox.focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => c.sourceId)).toEqual(['kremlin']);
  await expect.poll(() => group.count()).toBe(0);
  expect((await suggestionsOf()).some((s) => s.key === target.key)).toBe(false);
});

it('undoes Accept all in one step with Ctrl+Z, deleting every claim it made', async () => {
  const { page } = h;
  const before = await suggestionsOf();
  const withSpeaker = before.filter((s) => s.sourceId !== null);
  expect(withSpeaker.length).toBeGreaterThan(1);
  await suggestionPanel().getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(async () => (await claimsOf(h, demo.id)).length).toBe(withSpeaker.length);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).waitFor();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await claimsOf(h, demo.id)).length).toBe(0);
  await suggestionPanel().getByRole('heading', { name: `Suggestions (${before.length})` }).waitFor();
  await expect.poll(() => page.getByRole('listbox', { name: 'Claims in this article' }).count()).toBe(0);
});

it('warns before an approved claim is edited, and the edit sends it back to review', async () => {
  const { page } = h;
  const made = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, demo.sentences[1]!.start, demo.sentences[1]!.start + 12));
  const approved = await h.api<Claim>('POST', `/claims/${made.id}/review`, { decision: 'approve', comment: '', version: made.version });
  expect(approved.review.state).toBe('approved');
  await page.goto(`${h.url}/articles/${demo.id}?claim=${made.id}`);
  const editor = page.getByRole('region', { name: 'Selected claim' });
  await editor.getByText('Any change sends it back to review.').waitFor();
  await screenshot(h, 'workbench-approved-warning');
  expect(await editor.getByRole('button', { name: 'Disputed' }).isDisabled()).toBe(true);
  // The verdict key does not change it: it brings the user to the warning's button.
  await page.keyboard.press('2');
  const editAnyway = editor.getByRole('button', { name: 'Edit anyway' });
  await expect.poll(() => editAnyway.evaluate((el) => el === document.activeElement)).toBe(true);
  expect((await claimOf(made.id))!.verdict).toBe('unreviewed');

  await editAnyway.click();
  await editor.getByRole('button', { name: 'Disputed' }).click();
  await expect.poll(async () => (await claimOf(made.id))?.review.state).toBe('pending');
  expect((await claimOf(made.id))!.verdict).toBe('disputed');
});
