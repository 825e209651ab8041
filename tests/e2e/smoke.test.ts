// The served app opens in headless Chromium without a console error.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

it('opens the article list with the demo article and no console error', async () => {
  await h.page.goto(h.url);
  await h.page.getByRole('heading', { name: 'Articles' }).waitFor();
  await h.page.getByRole('link', { name: /Armenia 'ready'/ }).waitFor();
  expect(h.errors).toEqual([]);
});

it('opens the demo article in the workbench with no console error', async () => {
  await h.page.goto(h.url);
  await h.page.getByRole('link', { name: /Armenia 'ready'/ }).click();
  const text = h.page.getByRole('article');
  await text.waitFor();
  expect(await text.getAttribute('dir')).toBe('rtl');
  expect(await text.getAttribute('lang')).toBe('ar');
  expect(h.errors).toEqual([]);
});
