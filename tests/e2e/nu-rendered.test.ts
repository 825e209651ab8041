// The app's screens as the browser renders them (the DOM after React), checked by the Nu Html Checker (the W3C's
// validator, offline from vnu-jar): no error and no warning on the workbench, the queue, the export, sources, rating
// scale and settings screens, in English and in Arabic.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ArticleSummary } from '../../domain/schemas.ts';
import { nuCheck } from '../support/nu-checker.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await h.close();
});

/** Each screen, and a selector that is there once its data has loaded. */
const SCREENS: { name: string; path: (articleId: string) => string; ready: string }[] = [
  { name: 'workbench', path: (id) => `/articles/${id}`, ready: '.article-text' },
  { name: 'articles', path: () => '/', ready: 'h1' },
  { name: 'queue', path: () => '/review', ready: 'h1' },
  { name: 'mine', path: () => '/mine', ready: 'h1' },
  { name: 'export', path: () => '/export', ready: 'h1' },
  { name: 'sources', path: () => '/sources', ready: '.source-editor' },
  { name: 'rating-scale', path: () => '/rating-scale', ready: '.scale-verdicts' },
  { name: 'settings', path: () => '/settings', ready: 'h1' },
  { name: 'people', path: () => '/people', ready: 'h1' },
];

it('renders every screen as valid HTML, in English and in Arabic', async () => {
  const [demo] = await h.api<ArticleSummary[]>('GET', '/articles');
  const documents: { name: string; text: string }[] = [];
  for (const locale of ['en', 'ar']) {
    const page = await h.newPage({ locale, signedIn: true });
    for (const screen of SCREENS) {
      await page.goto(`${h.url}${screen.path(demo!.id)}`);
      await page.locator(screen.ready).first().waitFor();
      await page.waitForLoadState('networkidle');
      documents.push({ name: `${screen.name}-${locale}.html`, text: `<!doctype html>\n${await page.evaluate(() => document.documentElement.outerHTML)}` });
    }
    await page.close();
  }
  // The checker's CSS parser predates the CSS Custom Highlight API: `::highlight(name)` (CSS Highlight API Level 1,
  // which Chromium implements) is the one thing it cannot parse; anything else it says stands.
  const messages = (await nuCheck(documents)).filter((m) => !(m.message === 'CSS: Parse Error.' && /::highlight\(|highlight\([\w-]+\)|\) \{ background-/.test(m.extract ?? '')));
  expect(messages.map((m) => `${m.document}: ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${(m.extract ?? '').slice(0, 80)}]`)).toEqual([]);
});
