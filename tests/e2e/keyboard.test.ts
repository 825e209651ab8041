// The workbench without a mouse: reach the text, make a claim from a sentence, mark it, delete it and undo.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail } from '../../domain/schemas.ts';
import { openOnDemoArticle, claimsOf, tabIntoText, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;

beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

const claimOptions = () => h.page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option');
const focusedSentence = () => h.page.evaluate(() => document.activeElement?.getAttribute('data-sentence') ?? null);

it('makes a claim from the third sentence, marks it corroborated, deletes it and brings it back with undo', async () => {
  const { page } = h;
  const third = demo.sentences[2]!.text.trim();
  await tabIntoText(page);
  expect(await focusedSentence()).toBe('0');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  expect(await focusedSentence()).toBe('2');

  await page.keyboard.press('Enter');
  // The sentence names the French presidency, so the Élysée is preselected. A second Enter saves nothing blind: it
  // takes the user to that source, shown and focused, where a third Enter confirms it and makes the claim.
  const source = page.getByRole('combobox', { name: 'Source' });
  await expect.poll(() => source.inputValue()).toBe('Élysée');
  await page.keyboard.press('Enter');
  await expect.poll(() => source.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await claimsOf(h, demo.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete claim' }).waitFor();
  expect(await focusedSentence()).toBe('2');

  await page.keyboard.press('c');
  await expect.poll(() => page.getByRole('button', { name: 'Corroborated' }).getAttribute('aria-pressed')).toBe('true');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => c.verdict)).toEqual(['corroborated']);

  await page.keyboard.press('Delete');
  await expect.poll(async () => (await claimsOf(h, demo.id)).length).toBe(0);
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  expect(await claimOptions().count()).toBe(0);

  await page.keyboard.press('Control+z');
  await expect
    .poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.quote.exact, c.sourceId, c.verdict]))
    .toEqual([[third, 'elysee', 'corroborated']]);
  await claimOptions().filter({ hasText: 'Élysée' }).filter({ hasText: 'Corroborated' }).waitFor();
  expect(h.errors).toEqual([]);
});

it('undoes a verdict change with the toast button', async () => {
  const { page } = h;
  await tabIntoText(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await page.keyboard.press('m');
  // m opens the claim at its source rather than saving it blind; Enter confirms the source shown.
  const source = page.getByRole('combobox', { name: 'Source' });
  await expect.poll(() => source.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await claimsOf(h, demo.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Delete claim' }).waitFor();
  await page.keyboard.press('2');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => c.verdict)).toEqual(['disputed']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => c.verdict)).toEqual(['unreviewed']);
  await expect.poll(() => page.getByRole('button', { name: 'Unreviewed' }).getAttribute('aria-pressed')).toBe('true');
});

it('selects words with Shift and the arrows in reading order, right to left', async () => {
  const { page } = h;
  await tabIntoText(page);
  // In right-to-left text the left arrow reads onward.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  const quote = page.getByRole('region', { name: 'New claim' }).locator('blockquote');
  await expect.poll(() => quote.textContent()).toBe('قالت أرمينيا');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => quote.textContent()).toBe('قالت');
});

it('moves between claims with n and p and shows the shortcuts on ?', async () => {
  const { page } = h;
  for (const index of [0, 3]) {
    const s = demo.sentences[index]!;
    const exact = s.text.trim();
    const start = s.start + s.text.indexOf(exact);
    await h.api('POST', `/articles/${demo.id}/claims`, { start, end: start + exact.length, exact, sourceId: 'kremlin' });
  }
  await page.reload();
  await claimOptions().nth(1).waitFor();
  const selected = () => claimOptions().and(page.getByRole('option', { selected: true }));
  await page.keyboard.press('n');
  await expect.poll(() => selected().count()).toBe(1);
  const first = await selected().textContent();
  await page.keyboard.press('n');
  await expect.poll(() => selected().textContent()).not.toBe(first);
  await page.keyboard.press('p');
  await expect.poll(() => selected().textContent()).toBe(first);

  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
});
