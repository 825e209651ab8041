// Claimdesk on a phone (Chromium's device emulation: touch, a 390 × 844 or 360 × 740 screen at 3 device pixels per CSS
// pixel): no screen scrolls sideways and every control is a finger's size, in Arabic, English and French (issue 16,
// item 1).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { DEFAULT_RATING_SCALE, verdictLabel } from '../../domain/rating-scale.ts';
import arClaims from '../../client/src/i18n/locales/ar/claims.json' with { type: 'json' };
import arCommon from '../../client/src/i18n/locales/ar/common.json' with { type: 'json' };
import arReview from '../../client/src/i18n/locales/ar/review.json' with { type: 'json' };
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, claimsOf, openHarness, SCREENSHOT_DIR, type Harness } from './harness.ts';

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;
const LANGUAGES = ['ar', 'en', 'fr'] as const;
/** WCAG 2.5.5's size, and Apple's and Google's guidance for a finger. */
const TOUCH_TARGET = 44;
const DISPUTED = 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة';
/** The sentence tapped: short, and with no claim on it. */
const TAPPED = 'وقبيل المحادثات في موسكو، التقى رئيس الوزراء الروسي ميخائيل ميشوستين نظيره الأرميني في يريفان الجمعة.';
/** The span selected by touch: words inside a sentence that names the Azerbaijani ministry, which is preselected. */
const SELECTED = 'باندلاع اشتباك عنيف على الخطوط الأمامية';
const FATIMA = { username: 'fatima', displayName: 'Fatima Haddad', password: 'fatima checks facts', role: 'factchecker' };

let h: Harness;
let demo: ArticleDetail;
let disputed: Claim;
beforeAll(async () => {
  h = await openHarness({ viewport: PHONES[0], phone: true });
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  // Something on every screen: a disputed claim in the queue and on "My claims", a corroborated one in the chart.
  const start = demo.text.indexOf(DISPUTED);
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + DISPUTED.length, { sourceId: 'armenian-government' }));
  disputed = await h.api<Claim>('PATCH', `/claims/${claim.id}`, { verdict: 'disputed', note: 'Yerevan gives no place names.', version: claim.version });
  await h.api('POST', '/users', FATIMA);
});
afterAll(async () => {
  await h.close();
});

/** The screens of client/src/app.tsx, each with what shows that it has loaded. */
const screens = () => [
  { name: 'articles', path: '/', ready: '.article-list' },
  { name: 'workbench', path: `/articles/${demo.id}`, ready: '[role="article"] [data-sentence]' },
  { name: 'workbench, claim open', path: `/articles/${demo.id}?claim=${disputed.id}`, ready: '#claim-sheet[data-open] .claim-editor' },
  { name: 'intake', path: '/articles/new', ready: '.intake-meta' },
  { name: 'queue', path: '/review', ready: '.queue-list' },
  { name: 'mine', path: '/mine', ready: '.review-page li' },
  { name: 'people', path: '/people', ready: 'form[aria-labelledby]' },
  { name: 'sources', path: '/sources', ready: '.source-editor' },
  { name: 'export', path: '/export', ready: '.export-page fieldset' },
  { name: 'settings', path: '/settings', ready: '.settings-form' },
  { name: 'rating scale', path: '/rating-scale', ready: '.scale-verdicts' },
  { name: 'not found', path: '/nowhere', ready: '.status-message' },
];

/**
 * What is wrong with the page as laid out now: the document wider than the viewport (with the elements that stick
 * out), and visible controls smaller than a finger. Links inside running text are exempt, as WCAG 2.5.8 allows.
 */
function phoneProblems(page: Page, width: number, target: number): Promise<string[]> {
  return page.evaluate(([width, min]) => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 24) || el.getAttribute('aria-label') || ''}"`;
    // A phone zooms out to show a page wider than its screen, widening the layout viewport (innerWidth) with it: the
    // document is measured against the screen's width.
    const wide = Math.max(document.documentElement.scrollWidth, window.innerWidth);
    if (wide > width) {
      const out = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
      });
      // The outermost only: their children stick out with them.
      const outermost = out.filter((el) => !out.some((other) => other !== el && other.contains(el)));
      problems.push(`document ${wide} px wide on a ${width} px screen: ${outermost.slice(0, 5).map(describe).join(', ')}`);
    }
    const controls = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], label.file-button');
    for (const el of controls) {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('.visually-hidden, [hidden], [inert]')) continue;
      // An input drawn inside a label that is the target (a file picker) is measured as the label.
      if (el instanceof HTMLInputElement && el.type === 'file' && el.closest('label.file-button')) continue;
      const inText = el.tagName === 'A' && style.display === 'inline' && el.parentElement?.closest('p, li, td, figcaption') !== null;
      if (inText) continue;
      // A checkbox or radio is reached through its whole label.
      const box = el instanceof HTMLInputElement && /^(checkbox|radio)$/.test(el.type) ? (el.closest('label') ?? el).getBoundingClientRect() : r;
      if (box.height < min - 0.5 || box.width < min - 0.5) problems.push(`${describe(el)} is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
    }
    return problems;
  }, [width, target] as const);
}

async function settle(page: Page, selector: string) {
  await page.locator(selector).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

it.each(PHONES.flatMap((phone) => LANGUAGES.map((language) => [`${phone.width} × ${phone.height}`, language, phone] as const)))(
  'fits every screen at %s in %s, with finger-sized controls',
  async (_size, language, viewport) => {
    const problems: string[] = [];
    const signedOut = await h.newPage({ locale: language, signedIn: false, viewport });
    await signedOut.goto(h.url);
    await settle(signedOut, 'form[aria-labelledby="sign-in-heading"]');
    problems.push(...(await phoneProblems(signedOut, viewport.width, TOUCH_TARGET)).map((p) => `sign-in: ${p}`));
    await signedOut.context().close();

    const page = await h.newPage({ locale: language, signedIn: true, viewport });
    for (const screen of screens()) {
      await page.goto(`${h.url}${screen.path}`);
      await settle(page, screen.ready);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      problems.push(...(await phoneProblems(page, viewport.width, TOUCH_TARGET)).map((p) => `${screen.name}: ${p}`));
    }
    await page.context().close();
    expect(problems).toEqual([]);
  },
);

/** Where a locator lies in the viewport, and the viewport's size. */
function boxOf(locator: Locator) {
  return locator.evaluate((el) => {
    const { top, bottom, left, right, height } = el.getBoundingClientRect();
    return { top, bottom, left, right, height, screen: window.innerHeight, screenWidth: document.documentElement.clientWidth };
  });
}

/** The viewport point of the character at `offset`, after scrolling its line to `at` (0 top, 1 bottom) of the screen. */
function pointAt(page: Page, offset: number, at: number) {
  return page.evaluate(
    ([offset, at]) => {
      for (const element of document.querySelectorAll<HTMLElement>('[role="article"] [data-start]')) {
        const start = Number(element.dataset.start);
        const node = element.firstChild;
        if (!(node instanceof Text) || offset < start || offset >= start + node.length) continue;
        const range = document.createRange();
        range.setStart(node, offset - start);
        range.setEnd(node, offset - start + 1);
        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight * at);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no text at offset ${offset}`);
    },
    [offset, at] as const,
  );
}

/**
 * The viewport box of `[start, end)` of the article's text; with `select`, selected as the platform's handles would
 * (a DOM selection, then the `selectionchange` the browser sends).
 */
function textBox(page: Page, start: number, end: number, select = false) {
  return page.evaluate(
    ([start, end, select]) => {
      const at = (offset: number) => {
        for (const element of document.querySelectorAll<HTMLElement>('[role="article"] [data-start]')) {
          const from = Number(element.dataset.start);
          const node = element.firstChild;
          if (node instanceof Text && offset >= from && offset <= from + node.length) return [node, offset - from] as const;
        }
        throw new Error(`no text at offset ${offset}`);
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      if (select) {
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new Event('selectionchange'));
      }
      const { top, bottom, left, right } = range.getBoundingClientRect();
      return { top, bottom, left, right };
    },
    [start, end, select] as const,
  );
}

beforeAll(() => mkdir(SCREENSHOT_DIR, { recursive: true }));

it('makes a claim by touch, sets its verdict and has an editor approve it, all on a phone in Arabic', async () => {
  // Sign in on the phone as the fact-checker.
  const page = await h.newPage({ locale: 'ar', signedIn: false });
  await page.goto(h.url);
  await page.locator('#username').fill(FATIMA.username);
  await page.locator('#password').fill(FATIMA.password);
  await page.locator('form[aria-labelledby="sign-in-heading"] button[type="submit"]').tap();
  await page.getByRole('navigation').waitFor();
  await page.goto(`${h.url}/articles/${demo.id}`);
  await settle(page, '[role="article"] [data-sentence]');

  // A tap on a sentence low on the screen: the sheet rises within the screen, and the sentence moves above it.
  const tapped = demo.text.indexOf(TAPPED);
  const point = await pointAt(page, tapped + 10, 0.85);
  await page.touchscreen.tap(point.x, point.y);
  const sheet = page.locator('#claim-sheet[data-open]');
  await sheet.locator('blockquote').waitFor();
  expect(await sheet.locator('blockquote').textContent()).toBe(TAPPED);
  const open = await boxOf(sheet);
  expect(open.top).toBeGreaterThan(0);
  expect(open.bottom).toBeLessThanOrEqual(open.screen + 0.5);
  expect(open.height).toBeLessThanOrEqual(open.screen * 0.7 + 0.5);
  expect(await sheet.evaluate((el) => `${getComputedStyle(el).position} ${getComputedStyle(el).overflowY}`)).toBe('fixed auto');
  const sentence = await boxOf(page.locator('[data-sentence]').filter({ hasText: TAPPED }));
  expect(sentence.top).toBeGreaterThanOrEqual(0);
  expect(sentence.bottom).toBeLessThanOrEqual(open.top);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-ar-sheet.png') });
  // The sheet closes, and the page is no wider than the screen with it open or closed.
  await sheet.getByRole('button', { name: arCommon.actions.close }).tap();
  await expect.poll(() => page.locator('#claim-sheet[data-open]').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONES[0].width);

  // A touch selection (the platform's handles set the DOM selection): the Make claim button shows beside it, inside
  // the screen, at the side the Arabic text starts (the right), and makes a claim of exactly those words.
  const start = demo.text.indexOf(SELECTED);
  await pointAt(page, start, 0.3);
  const selection = await textBox(page, start, start + SELECTED.length, true);
  const make = page.locator('.selection-action');
  await make.waitFor();
  expect(await make.textContent()).toBe(arClaims.newClaim.make);
  const button = await boxOf(make);
  expect(button.height).toBeGreaterThanOrEqual(TOUCH_TARGET);
  expect(button.left).toBeGreaterThanOrEqual(0);
  expect(button.right).toBeLessThanOrEqual(button.screenWidth);
  expect(button.top).toBeGreaterThan(selection.bottom); // below the selection and its handles
  expect(button.bottom).toBeLessThanOrEqual(open.screen);
  expect(button.right).toBeCloseTo(Math.min(selection.right, button.screenWidth - 8), 0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-ar-selection.png') });
  await make.tap();
  await expect.poll(async () => (await claimsOf(h, demo.id)).filter((c) => c.quote.exact === SELECTED).length).toBe(1);
  const claim = (await claimsOf(h, demo.id)).find((c) => c.quote.exact === SELECTED)!;
  expect({ start: claim.start, end: claim.end, sourceId: claim.sourceId }).toEqual({ start, end: start + SELECTED.length, sourceId: 'azerbaijani-mod' });

  // The new claim's editor is in the sheet: a tap sets its verdict.
  await page.locator('#claim-sheet[data-open] .claim-editor').waitFor();
  await page.locator('#claim-sheet').getByRole('button', { name: verdictLabel(DEFAULT_RATING_SCALE, 'disputed', 'ar') }).tap();
  await expect.poll(async () => (await claimsOf(h, demo.id)).find((c) => c.id === claim.id)?.verdict).toBe('disputed');
  // The editor's sheet is taller than the new claim's: the claim's words are still in sight above it.
  const editorSheet = await boxOf(page.locator('#claim-sheet'));
  const made = await textBox(page, claim.start, claim.end);
  expect(made.top).toBeGreaterThanOrEqual(0);
  expect(made.bottom).toBeLessThanOrEqual(editorSheet.top);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-ar-editor.png') });

  // An editor approves it in the queue, on a phone too.
  const editor = await h.newPage({ locale: 'ar', signedIn: true });
  await editor.goto(`${h.url}/review`);
  const card = editor.locator('.queue-row').filter({ hasText: SELECTED });
  await card.waitFor();
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONES[0].width);
  // The filters fold behind one button, so the first card starts on the first screen; the button unfolds them.
  const filters = editor.locator('fieldset.queue-filters');
  expect(await filters.isVisible()).toBe(false);
  expect((await editor.locator('.queue-row').first().boundingBox())!.y).toBeLessThan(PHONES[0].height);
  const fold = editor.getByRole('button', { name: arReview.filters.legend, exact: true });
  await fold.tap();
  await filters.waitFor({ state: 'visible' });
  expect(await fold.getAttribute('aria-expanded')).toBe('true');
  await fold.tap();
  await filters.waitFor({ state: 'hidden' });
  await editor.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-ar-queue.png'), fullPage: true });
  await card.getByRole('button', { name: arReview.queue.approve }).tap();
  await expect.poll(async () => (await claimsOf(h, demo.id)).find((c) => c.id === claim.id)?.review.state).toBe('approved');
});

it('puts Make claim at the left of a selection in an English article, and makes that claim', async () => {
  const text = 'The Kremlin said on Friday that talks would begin in Moscow. Observers expect a ceasefire within days.';
  const article = await h.api<ArticleDetail>('POST', '/articles', { title: 'Talks in Moscow', text, language: 'en', direction: 'ltr' });
  const page = await h.newPage({ locale: 'en', signedIn: true, viewport: PHONES[1] });
  await page.goto(`${h.url}/articles/${article.id}`);
  await settle(page, '[role="article"] [data-sentence]');
  const words = 'talks would begin in Moscow';
  const start = text.indexOf(words);
  const selection = await textBox(page, start, start + words.length, true);
  const make = page.locator('.selection-action');
  await make.waitFor();
  const button = await boxOf(make);
  expect(button.left).toBeCloseTo(Math.max(8, Math.min(selection.left, button.screenWidth - 8 - (button.right - button.left))), 0);
  expect(button.right).toBeLessThanOrEqual(button.screenWidth);
  expect(button.top).toBeGreaterThan(selection.bottom);
  await make.tap();
  await expect.poll(async () => (await claimsOf(h, article.id)).map((c) => c.quote.exact)).toEqual([words]);
  // Its editor covers most of the small screen; the page scrolls the words to just above it.
  await page.locator('#claim-sheet[data-open] .claim-editor').waitFor();
  const inSight = async () => {
    const sheet = await boxOf(page.locator('#claim-sheet'));
    const made = await textBox(page, start, start + words.length);
    return made.top >= 0 && made.bottom <= sheet.top;
  };
  await expect.poll(inSight).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'phone-en-made.png') });
});
