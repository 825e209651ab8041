// The Rating scale page (issue 18, item 1) in Chromium, as an editor: a one-click preset, a low-contrast colour refused
// with the reason beside the field (nothing saved), a verdict that a claim uses deleted after choosing where its claims
// go, and a reorder by keyboard that keeps focus on the verdict moved; then the server's scale and the moved claim.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { RatingScale } from '../../domain/rating-scale.ts';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, openHarness, screenshot, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;
let claim: Claim;

beforeEach(async () => {
  h = await openHarness({ viewport: { width: 1280, height: 900 } });
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  const sentence = demo.sentences[0]!;
  const exact = sentence.text.trim();
  const start = sentence.start + sentence.text.indexOf(exact);
  claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + exact.length, { verdict: 'disputed' }));
});
afterEach(async () => {
  await h.close();
});

it('adds a preset, refuses a low-contrast colour beside the field, and deletes a verdict in use moving its claims', async () => {
  const { page } = h;
  await page.goto(h.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rating scale' }).click();
  await page.getByRole('heading', { name: 'Rating scale', level: 1 }).waitFor();
  const verdict = (n: number, label: string) => page.getByRole('group', { name: `Verdict ${n}: ${label}` });
  await verdict(1, 'Corroborated').waitFor();

  // A preset in one click: fourth, with its names, colour and sign.
  await page.getByRole('button', { name: 'Add “Misleading”' }).click();
  await verdict(4, 'Misleading').waitFor();
  expect(await verdict(4, 'Misleading').getByLabel('Name (French)', { exact: true }).inputValue()).toBe('Trompeur');
  await page.getByText('“Misleading” is on the scale').waitFor();

  // A pale green reads at 1.4:1: refused beside the colour field, and the page will not save it.
  const hex = verdict(1, 'Corroborated').getByRole('textbox', { name: 'Colour code' });
  await hex.fill('#9be9a8');
  const problem = page.locator('#scale-verdicts-0-colour-problem');
  await problem.waitFor();
  expect(await problem.textContent()).toMatch(/^Contrast 1\.\d\d:1 against the page; at least 4\.5:1 is needed/);
  expect(await hex.getAttribute('aria-invalid')).toBe('true');
  expect(await hex.getAttribute('aria-describedby')).toContain('scale-verdicts-0-colour-problem');
  await page.getByRole('button', { name: 'Save the scale' }).click();
  await page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
  await screenshot(h, 'rating-scale-refused-colour');
  expect((await h.api<RatingScale>('GET', '/rating-scale')).version).toBe(1);
  await hex.fill('#1a7f37');
  await expect.poll(() => problem.count()).toBe(0);

  // "Disputed" has a claim: deleting it asks where the claim goes.
  await page.getByRole('button', { name: 'Delete: Disputed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “Disputed”' });
  await dialog.getByText('1 claim has this verdict').waitFor();
  await dialog.getByLabel('Move the claims to').selectOption({ label: '≈ Misleading' });
  await dialog.getByRole('button', { name: 'Delete and move the claims' }).click();
  await page.getByText('On saving, 1 claim of “Disputed” moves to “Misleading”.').waitFor();
  await verdict(3, 'Misleading').waitFor();

  // Reordered by keyboard: Move up on "Misleading", focus stays with it.
  await page.getByRole('button', { name: 'Move up: Misleading' }).focus();
  await page.keyboard.press('Enter');
  await verdict(2, 'Misleading').waitFor();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move up: Misleading');

  await page.getByRole('button', { name: 'Save the scale' }).click();
  await page.getByText('Rating scale saved (version 2).').waitFor();
  await screenshot(h, 'rating-scale-saved');
  const saved = await h.api<RatingScale>('GET', '/rating-scale');
  expect(saved.verdicts.map((v) => v.key)).toEqual(['corroborated', 'misleading', 'unreviewed']);
  const moved = await h.api<Claim>('GET', `/claims/${claim.id}`);
  expect({ verdict: moved.verdict, review: moved.review.state }).toEqual({ verdict: 'misleading', review: 'pending' });
  expect(moved.version).toBeGreaterThan(claim.version);
  expect(h.errors).toEqual([]);
});

it('asks where the claims go, by the removed verdict, when claims took it after it was deleted on the page', async () => {
  const { page } = h;
  await page.goto(`${h.url}/rating-scale`);
  await page.getByRole('heading', { name: 'Rating scale', level: 1 }).waitFor();
  // No claim is corroborated yet: it goes without a question.
  await page.getByRole('button', { name: 'Delete: Corroborated' }).click();
  await expect.poll(() => page.getByRole('group', { name: /: Corroborated$/ }).count()).toBe(0);
  // Meanwhile a fact-checker marks the claim corroborated.
  await h.api<Claim>('PATCH', `/claims/${claim.id}`, { verdict: 'corroborated', version: claim.version });

  await page.getByRole('button', { name: 'Save the scale' }).click();
  const target = page.getByLabel('Move the claims of “Corroborated” to');
  await target.waitFor();
  await page.getByRole('alert').filter({ hasText: 'This verdict is in use: choose where its claims go.' }).waitFor();
  expect(await target.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  await screenshot(h, 'rating-scale-verdict-taken');
  expect((await h.api<RatingScale>('GET', '/rating-scale')).version).toBe(1);

  await target.selectOption('disputed');
  await page.getByText('On saving, 1 claim of “Corroborated” moves to “Disputed”.').waitFor();
  expect(await target.count()).toBe(0);
  await page.getByRole('button', { name: 'Save the scale' }).click();
  await page.getByText('Rating scale saved (version 2).').waitFor();
  expect((await h.api<RatingScale>('GET', '/rating-scale')).verdicts.map((v) => v.key)).toEqual(['disputed', 'unreviewed']);
  expect((await h.api<Claim>('GET', `/claims/${claim.id}`)).verdict).toBe('disputed');
});

it('shows the page in Arabic, right to left, with the verdicts’ Arabic names', async () => {
  const page = await h.newPage({ locale: 'ar', signedIn: true });
  await page.goto(`${h.url}/rating-scale`);
  await page.getByRole('heading', { name: 'سلّم الأحكام', level: 1 }).waitFor();
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await page.getByRole('group', { name: 'الحكم 2: مُتنازَع عليه' }).waitFor();
  await page.getByRole('button', { name: 'إضافة «زائف»' }).waitFor();
});
