// The interface in Arabic and French in Chromium: the header's language switch mirrors the document (dir, lang) and
// the workbench's panel, leaves no English on the page outside the users' own content, is remembered on the account
// and in the browser; a first visit follows the browser's language; server refusals read in the chosen language; a
// report exported in French about the Arabic demo article has French headings and its Arabic quotes right to left.
// Screenshots of the workbench and the review queue in Arabic and French go to tests/e2e/screenshots/.
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary, Claim, User } from '../../domain/schemas.ts';
import ar from '../../client/src/i18n/locales/ar/common.json' with { type: 'json' };
import arClaims from '../../client/src/i18n/locales/ar/claims.json' with { type: 'json' };
import arReview from '../../client/src/i18n/locales/ar/review.json' with { type: 'json' };
import arErrors from '../../client/src/i18n/locales/ar/errors.json' with { type: 'json' };
import arShortcuts from '../../client/src/i18n/locales/ar/shortcuts.json' with { type: 'json' };
import arIntake from '../../client/src/i18n/locales/ar/intake.json' with { type: 'json' };
import en from '../../client/src/i18n/locales/en/common.json' with { type: 'json' };
import fr from '../../client/src/i18n/locales/fr/common.json' with { type: 'json' };
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, createArticle, openArticle, openHarness, screenshot, type Harness } from './harness.ts';

const SHELLING = 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة';

let h: Harness;
let demo: ArticleDetail;
beforeEach(async () => {
  h = await openHarness();
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  const start = demo.text.indexOf(SHELLING);
  const claim = await h.api<Claim>(
    'POST',
    `/articles/${demo.id}/claims`,
    buildClaimBody(demo.text, start, start + SHELLING.length, { sourceId: 'armenian-government' }),
  );
  await h.api('PATCH', `/claims/${claim.id}`, { verdict: 'disputed', note: 'Yerevan gives no place names.', version: claim.version });
});
afterEach(async () => {
  await h.close();
});

const documentLanguage = (page: Page) => page.evaluate(() => `${document.documentElement.lang} ${document.documentElement.dir}`);

/** Left edges of the article text and of the claims panel, in CSS pixels. */
async function layout(page: Page) {
  const article = await page.getByRole('article').boundingBox();
  const panel = await page.locator('.panel').boundingBox();
  return { article: article!.x, panel: panel!.x };
}

/**
 * Words in Latin letters on the page outside the users' own content. User content (article text and title, quotes,
 * notes, names) is marked as such by the interface: an element with its own `lang` or `dir`, or a `<bdi>`;
 * technical tokens (file types, key names) are in `<code>` or `<kbd>`.
 */
function latinWordsOutsideContent(page: Page): Promise<string[]> {
  // Labels may name a person ("Role of Test Checker"): the harness's user's name is content there.
  return page.evaluate((names) => {
    // Names that stay in Latin letters in an Arabic newsroom: the product, languages named in themselves, file formats,
    // standards and the programs that read them.
    const allowed = new Set(['Claimdesk', 'English', 'Français', 'HTML', 'PDF', 'CSV', 'JSON', 'LD', 'Markdown', 'ClaimReview',
      'Web', 'Annotation', 'W3C', 'ZIP', 'Excel', 'LibreOffice', 'Hypothesis', 'schema', 'org', 'UTF']);
    const words: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('[lang]:not(html), [dir]:not(html), bdi, code, kbd, script, style, option, .visually-hidden')) continue;
      if (!parent.checkVisibility()) continue;
      for (const word of node.textContent!.match(/[A-Za-z]{2,}/g) ?? []) if (!allowed.has(word)) words.push(`${word} (${parent.tagName.toLowerCase()}.${parent.className})`);
    }
    for (const field of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = names.reduce((v, n) => v?.replaceAll(n, '') ?? null, field.getAttribute(name));
        const prose = value && /[A-Za-z]{2,}/.test(value) && !/^https?:\/\//.test(value) && !allowed.has(value);
        if (prose && !field.closest('[lang]:not(html), [dir]:not(html)')) words.push(`${name}="${value}"`);
      }
    }
    return words;
  }, ['Test Checker']);
}

async function chooseLanguage(page: Page, label: string, language: 'ar' | 'fr' | 'en') {
  await page.getByRole('combobox', { name: label }).selectOption(language);
  await expect.poll(() => documentLanguage(page)).toBe(`${language} ${language === 'ar' ? 'rtl' : 'ltr'}`);
}

it('mirrors the workbench in Arabic with no English left, and remembers the choice on the account', async () => {
  const { page } = h;
  await openArticle(h, demo.id);
  expect(await documentLanguage(page)).toBe('en ltr');
  const english = await layout(page);
  expect(english.panel).toBeGreaterThan(english.article); // reading starts at the left; the panel follows on the right

  await chooseLanguage(page, en.language.label, 'ar');
  await expect.poll(() => page.getByRole('navigation').getByRole('link').first().textContent()).toBe(ar.nav.articles);
  const arabic = await layout(page);
  expect(arabic.panel).toBeLessThan(arabic.article); // mirrored: reading starts at the right, the panel is on the left
  await page.locator('.claim-item').first().click(); // the claim editor open too
  await expect.poll(() => latinWordsOutsideContent(page)).toEqual([]);
  await screenshot(h, 'workbench-ar');

  // The choice is saved on the account: a fresh browser with English settings signs in to Arabic.
  await expect.poll(async () => (await h.api<{ user: User }>('GET', '/session')).user.locale).toBe('ar');
  const elsewhere = await h.newPage({ locale: 'en-GB', signedIn: true });
  await elsewhere.goto(`${h.url}/`);
  await expect.poll(() => documentLanguage(elsewhere)).toBe('ar rtl');

  // The review queue in Arabic, then both screens in French.
  await page.getByRole('link', { name: ar.nav.review }).click();
  await page.locator('.queue-row').first().waitFor();
  await expect.poll(() => latinWordsOutsideContent(page)).toEqual([]);
  await screenshot(h, 'review-ar');

  await chooseLanguage(page, ar.language.label, 'fr');
  await expect.poll(() => page.getByRole('link', { name: fr.nav.review }).count()).toBe(1);
  await screenshot(h, 'review-fr');
  await openArticle(h, demo.id);
  await page.locator('.claim-item').first().click();
  const french = await layout(page);
  expect(french.panel).toBeGreaterThan(french.article);
  await screenshot(h, 'workbench-fr');

  // Reloading keeps the language (this browser remembers it too).
  await page.reload();
  await expect.poll(() => documentLanguage(page)).toBe('fr ltr');
});

it('leaves no English on any screen in Arabic, dialogs included', async () => {
  const { page } = h;
  await page.goto(`${h.url}/`);
  await chooseLanguage(page, en.language.label, 'ar');
  const screens: [path: string, ready: string][] = [
    ['/', '.article-row'],
    ['/articles/new', 'form'],
    [`/articles/${demo.id}`, '[role="article"] [data-start]'],
    ['/review', '.queue-row'],
    ['/mine', 'main, h1'],
    ['/people', 'table'],
    ['/sources', 'form'],
    [`/export?articleId=${demo.id}`, 'form'],
    ['/settings', 'form'],
    ['/no-such-page', 'h2'],
  ];
  for (const [path, ready] of screens) {
    await page.goto(`${h.url}${path}`);
    await page.locator(ready).first().waitFor();
    await expect.poll(() => documentLanguage(page)).toBe('ar rtl');
    await expect.poll(() => latinWordsOutsideContent(page), { message: path }).toEqual([]);
    // The tab names the page in Arabic (the workbench by the article's own title).
    const pageName = path === `/articles/${demo.id}` ? demo.title : expect.stringMatching(/^[\u0600-\u06FF\s]+$/);
    await expect.poll(async () => (await page.title()).split(' — '), { message: path }).toEqual([pageName, 'Claimdesk']);
    await screenshot(h, `screen-ar${path.split('?')[0]!.replace(/\/[^/]*-[0-9a-f-]{20,}$|\/afp-[\w-]+$/, '/article').replaceAll('/', '-')}`);
  }
  // On the workbench: the shortcuts dialog, the edit dialog and the delete confirmation.
  await openArticle(h, demo.id);
  await page.keyboard.press('?');
  await page.getByRole('dialog').waitFor();
  await expect.poll(() => latinWordsOutsideContent(page)).toEqual([]);
  // Key caps follow the reading direction: "next / previous" claim is n then p, so n stands on the right.
  const caps = page.getByRole('dialog').getByRole('row').filter({ hasText: arShortcuts.actions.nextPreviousClaim }).locator('kbd');
  const [n, p] = await Promise.all([caps.nth(0).boundingBox(), caps.nth(1).boundingBox()]);
  expect(await caps.allTextContents()).toEqual(['n', 'p']);
  expect(n!.x).toBeGreaterThan(p!.x);
  await screenshot(h, 'shortcuts-ar');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  for (const action of [arIntake.actions.edit, arIntake.actions.delete]) {
    await page.getByRole('button', { name: action }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => latinWordsOutsideContent(page), { message: action }).toEqual([]);
    await screenshot(h, action === arIntake.actions.edit ? 'edit-dialog-ar' : 'delete-dialog-ar');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  }
});

it('greets a first visit in the browser’s language and shows server refusals in it', async () => {
  const arabic = await h.newPage({ locale: 'ar-EG', signedIn: false });
  await arabic.goto(`${h.url}/`);
  await expect.poll(() => documentLanguage(arabic)).toBe('ar rtl');
  await arabic.locator('input[autocomplete="username"]').fill('checker');
  await arabic.locator('input[type="password"]').fill('not the password');
  await arabic.locator('form[aria-labelledby="sign-in-heading"] button[type="submit"]').click();
  await expect.poll(() => arabic.getByRole('alert').first().textContent()).toContain(arErrors.codes.bad_credentials);

  const french = await h.newPage({ locale: 'fr-FR', signedIn: false });
  await french.goto(`${h.url}/`);
  await expect.poll(() => documentLanguage(french)).toBe('fr ltr');
  const other = await h.newPage({ locale: 'de-DE', signedIn: false });
  await other.goto(`${h.url}/`);
  await expect.poll(() => documentLanguage(other)).toBe('en ltr'); // a language Claimdesk does not speak: English
});

it('exports a French report about the Arabic article: French headings, Arabic quotes right to left', async () => {
  const { page } = h;
  const response = await fetch(`${h.url}/api/reports?format=html&articleId=${demo.id}&lang=fr`, {
    headers: { cookie: await page.context().cookies().then((c) => c.map((x) => `${x.name}=${x.value}`).join('; ')) },
  });
  expect(response.status).toBe(200);
  const html = await response.text();
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await documentLanguage(page)).toBe('fr ltr');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
  expect(await page.locator('body').textContent()).toContain('Rapport de vérification');
  const quote = page.locator('blockquote').filter({ hasText: SHELLING });
  expect(await quote.evaluate((q) => [getComputedStyle(q).direction, q.closest('[lang]')!.getAttribute('lang')])).toEqual(['rtl', 'ar']);
  await screenshot(h, 'report-fr', { fullPage: true });
});

it('keeps a Latin title whole inside an Arabic report’s sentences: its question mark ends it, within the quotes', async () => {
  const { page } = h;
  const title = 'Is a truce near?';
  const article = await createArticle(h, { title, text: 'The Kremlin said talks would start on Saturday.', language: 'en' });
  const cookie = (await page.context().cookies()).map((x) => `${x.name}=${x.value}`).join('; ');
  const response = await fetch(`${h.url}/api/reports?format=html&articleId=${article.id}&lang=ar&approved=all`, { headers: { cookie } });
  await page.setContent(await response.text());
  // Left edges of the scope's characters as drawn: the title reads left to right with "?" at its right end, and the
  // guillemets enclose it (Arabic's opening mark on the right, next to the word before it).
  const drawn = await page.locator('dd').filter({ hasText: title }).first().evaluate((dd, t) => {
    const text = dd.firstChild as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect().x;
    };
    const start = text.data.indexOf(t);
    const end = start + t.length - 1;
    return { first: at(start), question: at(end), before: at(text.data.lastIndexOf('«', start)), after: at(text.data.indexOf('»', end)) };
  }, title);
  expect(drawn.question).toBeGreaterThan(drawn.first); // "Is … near?" left to right, "?" last
  expect(drawn.before).toBeGreaterThan(drawn.question); // the opening guillemet on the right of the whole title
  expect(drawn.after).toBeLessThan(drawn.first); // the closing one on its left
});

it('takes a day in Arabic order, with Arabic month names and Arabic digits, in the queue’s date filter', async () => {
  const { page } = h;
  await page.goto(`${h.url}/review`);
  await chooseLanguage(page, en.language.label, 'ar');
  await page.locator('.queue-row').first().waitFor();
  const until = page.getByRole('group', { name: arClaims.filterFields.to });
  const day = until.getByRole('textbox', { name: `${arClaims.filterFields.to} ${ar.date.day}` });
  const month = until.getByRole('combobox', { name: `${arClaims.filterFields.to} ${ar.date.month}` });
  const year = until.getByRole('textbox', { name: `${arClaims.filterFields.to} ${ar.date.year}` });
  // Day, month, year from the right, as Arabic writes "٩ أكتوبر ٢٠٢٠".
  const [d, m, y] = await Promise.all([day.boundingBox(), month.boundingBox(), year.boundingBox()]);
  expect(d!.x).toBeGreaterThan(m!.x);
  expect(m!.x).toBeGreaterThan(y!.x);

  await day.fill('٩');
  await month.selectOption({ label: 'أكتوبر' });
  expect(new URL(page.url()).searchParams.has('to')).toBe(false); // a day typed in part filters nothing yet
  await year.fill('٢٠٢٠');
  await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2020-10-09');
  await page.getByText(arReview.queue.empty).waitFor(); // every claim here changed after that day
  await screenshot(h, 'review-date-filter-ar');
});
