// Small things a new user meets first, in the Arabic interface: before sign-in the header offers nothing but the
// language; the password rule is shown before the first try; addresses and numbers are typed left to right; no text
// is slanted (the Arabic faces have no italic, and a synthetic slant deforms joined letters).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openHarness, screenshot, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ locale: 'ar' });
});
afterAll(async () => {
  await h.close();
});

it('offers only sign-in and the language before sign-in', async () => {
  const page = await h.newPage({ locale: 'ar', signedIn: false });
  await page.goto(h.url);
  await page.locator('form[aria-labelledby="sign-in-heading"]').waitFor();
  expect(await page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`)).toBe('ar rtl');
  expect(await page.getByRole('navigation').count()).toBe(0);
  // Links and buttons in the header: the product's name (home, which is the sign-in) and the language switch only.
  const offered = await page.locator('header').evaluate((header) =>
    [...header.querySelectorAll('a, button, select, input')].map((el) => el.tagName.toLowerCase()),
  );
  expect(offered).toEqual(['a', 'select']);
  await page.keyboard.press('?');
  expect(await page.locator('dialog[open]').count()).toBe(0);
});

it('shows the password rule before the first try, tied to the field', async () => {
  await h.page.goto(`${h.url}/people`);
  const field = h.page.locator('#new-password');
  await field.waitFor();
  const rule = h.page.locator('#new-password-rule');
  expect(await rule.isVisible()).toBe(true);
  expect(await rule.textContent()).toContain('10');
  expect(await field.getAttribute('aria-describedby')).toContain('new-password-rule');
});

it('types addresses and numbers left to right in the Arabic interface', async () => {
  await h.page.goto(`${h.url}/articles/new`);
  await h.page.locator('.intake-meta').waitFor();
  const fields = await h.page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="url"], input[type="email"], input[type="number"], input[inputmode="numeric"]')].map(
      (input) => `${input.id || input.name}:${getComputedStyle(input).direction}`,
    ),
  );
  expect(fields.length).toBeGreaterThan(1); // the article's address and the date's parts
  expect(fields.filter((f) => !f.endsWith(':ltr'))).toEqual([]);
  expect(await h.page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
  await screenshot(h, 'intake-ar-ltr-fields');
});

it('slants nothing: emphasis in Arabic is weight, and no synthetic italic is drawn', async () => {
  await h.page.goto(h.url);
  await h.page.locator('.article-list').waitFor();
  const styles = await h.page.evaluate(() => {
    const em = document.createElement('em');
    em.lang = 'ar';
    em.textContent = 'تجربة';
    document.querySelector('main')!.append(em);
    const slanted = [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).fontStyle !== 'normal').map((el) => el.tagName);
    return { em: getComputedStyle(em).fontStyle, weight: Number(getComputedStyle(em).fontWeight), synthesis: getComputedStyle(document.documentElement).fontSynthesisStyle, slanted };
  });
  expect(styles).toEqual({ em: 'normal', weight: 600, synthesis: 'none', slanted: [] });
});
