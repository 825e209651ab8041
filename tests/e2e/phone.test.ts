// Claimdesk on a phone (Chromium's device emulation: touch, a 390 × 844 or 360 × 740 screen at 3 device pixels per CSS
// pixel): no screen scrolls sideways and every control is a finger's size, in Arabic, English and French (issue 16,
// item 1).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, openHarness, type Harness } from './harness.ts';

const PHONES = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
] as const;
const LANGUAGES = ['ar', 'en', 'fr'] as const;
/** WCAG 2.5.5's size, and Apple's and Google's guidance for a finger. */
const TOUCH_TARGET = 44;
const DISPUTED = 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة';

let h: Harness;
let demo: ArticleDetail;
beforeAll(async () => {
  h = await openHarness({ viewport: PHONES[0], phone: true });
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  // Something on every screen: a disputed claim in the queue and on "My claims", a corroborated one in the chart.
  const start = demo.text.indexOf(DISPUTED);
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + DISPUTED.length, { sourceId: 'armenian-government' }));
  await h.api('PATCH', `/claims/${claim.id}`, { verdict: 'disputed', note: 'Yerevan gives no place names.', version: claim.version });
  await h.api('POST', '/users', { username: 'fatima', displayName: 'Fatima Haddad', password: 'fatima checks facts', role: 'factchecker' });
});
afterAll(async () => {
  await h.close();
});

/** The screens of client/src/app.tsx, each with what shows that it has loaded. */
const screens = () => [
  { name: 'articles', path: '/', ready: '.article-list' },
  { name: 'workbench', path: `/articles/${demo.id}`, ready: '[role="article"] [data-sentence]' },
  { name: 'intake', path: '/articles/new', ready: '.intake-meta' },
  { name: 'queue', path: '/review', ready: '.queue-list' },
  { name: 'mine', path: '/mine', ready: '.review-page li' },
  { name: 'people', path: '/people', ready: 'form[aria-labelledby]' },
  { name: 'export', path: '/export', ready: '.export-page fieldset' },
  { name: 'settings', path: '/settings', ready: '.settings-form' },
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
