// Reviewing suggested statements on the demo article: the Kremlin's demand with its speaker, a rejection that
// lasts, and Accept all for the rest.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Suggestion } from '../../domain/schemas.ts';
import { byScore } from '../../domain/suggestion-order.ts';
import { openOnDemoArticle, claimsOf, highlightedTexts, screenshot, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;

beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

const KREMLIN_DEMAND = 'بوقف القتال في ناغورني قره باغ لأسباب إنسانية';
const suggestionsOf = () => h.api<Suggestion[]>('GET', `/articles/${demo.id}/suggestions`);
const panel = () => h.page.getByRole('region', { name: /^Suggestions/ });
const focusedSuggestion = () => h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.suggestionKey ?? null);

/** Reaches a suggestion the way a keyboard user does: s, then the down arrow until it has focus. */
async function focusByKeyboard(key: string) {
  await h.page.keyboard.press('s');
  for (let i = 0; i < 40 && (await focusedSuggestion()) !== key; i++) await h.page.keyboard.press('ArrowDown');
  expect(await focusedSuggestion()).toBe(key);
}

it('suggests the Kremlin’s demand with the Kremlin as speaker, painted apart from claims', async () => {
  const demand = panel().getByRole('group', { name: 'Suggestion: Kremlin' }).filter({ hasText: KREMLIN_DEMAND });
  await demand.waitFor();
  await demand.getByText('Reported speech').or(demand.getByText('Quotation')).waitFor();
  const exact = (await suggestionsOf()).find((s) => s.sourceId === 'kremlin' && s.exact.includes(KREMLIN_DEMAND))!.exact;
  await expect.poll(() => highlightedTexts(h.page, 'suggestion')).toContain(exact);
  expect(await highlightedTexts(h.page, 'verdict-unreviewed')).toEqual([]);

  await focusByKeyboard((await demand.getAttribute('data-suggestion-key'))!);
  await expect.poll(() => highlightedTexts(h.page, 'suggestion-focused')).toEqual([exact]);
  await screenshot(h, 'workbench-suggestions');
  expect(h.errors).toEqual([]);
});

it('rejects a suggestion with its key, and it is not proposed again after a reload', async () => {
  const before = await suggestionsOf();
  const target = before.find((s) => s.sourceId === null)!;
  await panel().getByRole('group').first().waitFor();
  await focusByKeyboard(target.key);
  await h.page.keyboard.press('r');

  await expect.poll(async () => (await suggestionsOf()).some((s) => s.key === target.key)).toBe(false);
  // Focus moved on to the next suggestion in the panel's order (surest first), so the next key acts there.
  const listed = byScore(before);
  expect(await focusedSuggestion()).toBe(listed[listed.findIndex((s) => s.key === target.key) + 1]!.key);
  await h.page.reload();
  await panel().getByRole('heading', { name: `Suggestions (${before.length - 1})` }).waitFor();
  expect(await h.page.locator(`[data-suggestion-key="${target.key}"]`).count()).toBe(0);
  expect(await claimsOf(h, demo.id)).toEqual([]);
});

it('accepts every suggestion that has a speaker with Accept all; the others wait for a source', async () => {
  const before = await suggestionsOf();
  const withSpeaker = before.filter((s) => s.sourceId !== null);
  await panel().getByRole('button', { name: 'Accept all' }).click();

  await expect
    .poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.start, c.end, c.sourceId]).sort())
    .toEqual(withSpeaker.map((s) => [s.start, s.end, s.sourceId]).sort());
  await panel().getByRole('heading', { name: `Suggestions (${before.length - withSpeaker.length})` }).waitFor();
  expect((await suggestionsOf()).every((s) => s.sourceId === null)).toBe(true);
  await h.page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option').nth(withSpeaker.length - 1).waitFor();
});

it('accepts a suggestion without a speaker once a source is picked in its own Source combobox', async () => {
  const target = (await suggestionsOf()).find((s) => s.sourceId === null)!;
  await panel().getByRole('group').first().waitFor();
  await focusByKeyboard(target.key);
  await h.page.keyboard.press('a');
  // Nothing was made: the suggestion asks for a source and puts the cursor in its combobox.
  const group = h.page.locator(`[data-suggestion-key="${target.key}"]`);
  await group.getByRole('alert').filter({ hasText: 'No speaker was found' }).waitFor();
  const combobox = group.getByRole('combobox', { name: 'Source' });
  await expect.poll(() => combobox.evaluate((el) => el === document.activeElement)).toBe(true);
  await combobox.fill('Élysée');
  await h.page.keyboard.press('Enter');
  await expect.poll(() => combobox.inputValue()).toBe('Élysée');
  await h.page.keyboard.press('Enter');
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.start, c.sourceId])).toEqual([[target.start, 'elysee']]);
  await h.page.getByRole('region', { name: 'Selected claim' }).getByText(target.exact).waitFor();
});

it('lets a source added on the spot take part in matching at once', async () => {
  const before = await suggestionsOf();
  const journalist = before.find((s) => s.sourceId === null && s.exact.startsWith('إنه شهد ليلة هادئة'))!;
  await panel().getByRole('group').first().waitFor();
  await focusByKeyboard(journalist.key);
  await h.page.keyboard.press('a');
  const group = h.page.locator(`[data-suggestion-key="${journalist.key}"]`);
  const combobox = group.getByRole('combobox', { name: 'Source' });
  await expect.poll(() => combobox.evaluate((el) => el === document.activeElement)).toBe(true);
  await combobox.fill('وكالة فرانس برس');
  await group.getByRole('option', { name: 'Add “وكالة فرانس برس” as a new source' }).click();
  // The detector now finds the agency as the speaker of this and any other statement it names.
  await expect.poll(() => group.getAttribute('aria-label')).toBe('Suggestion: وكالة فرانس برس');
  const afp = (await suggestionsOf()).find((s) => s.key === journalist.key)!;
  expect(afp.sourceId).not.toBeNull();
  expect(afp.reason.alias).toBe('وكالة فرانس برس');
});
