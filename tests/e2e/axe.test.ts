// axe-core on every screen of the router, in Arabic, English and French, at desktop and phone widths: no violation of
// impact serious or critical (issue 16, item 2). axe's own source is injected into the page, as a user script would be.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, openHarness, type Harness } from './harness.ts';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Screen {
  name: string;
  signedIn: boolean;
  /** The address, given the demo article and a claim on it. */
  path: (ids: { articleId: string; claimId: string }) => string;
  /** What shows that the screen is ready to check. */
  ready: (page: Page) => Promise<unknown>;
}

const heading = (page: Page) => page.locator('h1').first().waitFor();

const SCREENS: Screen[] = [
  { name: 'sign-in', signedIn: false, path: () => '/', ready: (page) => page.locator('#password').waitFor() },
  { name: 'article list', signedIn: true, path: () => '/', ready: heading },
  {
    name: 'workbench with a claim open',
    signedIn: true,
    path: ({ articleId, claimId }) => `/articles/${articleId}?claim=${claimId}`,
    ready: (page) => page.locator('.claim-editor').waitFor(),
  },
  { name: 'new article', signedIn: true, path: () => '/articles/new', ready: heading },
  { name: 'review queue and desk', signedIn: true, path: () => '/review', ready: heading },
  { name: 'my claims', signedIn: true, path: () => '/mine', ready: heading },
  { name: 'people', signedIn: true, path: () => '/people', ready: heading },
  { name: 'sources', signedIn: true, path: () => '/sources', ready: heading },
  { name: 'reports and export', signedIn: true, path: () => '/export', ready: heading },
  { name: 'settings', signedIn: true, path: () => '/settings', ready: heading },
  { name: 'rating scale', signedIn: true, path: () => '/rating-scale', ready: heading },
  { name: 'page not found', signedIn: true, path: () => '/nowhere', ready: (page) => page.locator('a[href="/"]').last().waitFor() },
];

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const LANGUAGES = ['ar', 'en', 'fr'];

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: await AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(Object.entries(VIEWPORTS))('at %s size', (_size, viewport) => {
  let h: Harness;
  let ids: { articleId: string; claimId: string };
  beforeAll(async () => {
    h = await openHarness({ viewport });
    const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
    const demo = await articleDetail(h, summary!.id);
    const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, 0, 30, { sourceId: 'kremlin' }));
    ids = { articleId: demo.id, claimId: claim.id };
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(SCREENS.flatMap((screen) => LANGUAGES.map((language) => [screen.name, language, screen] as const)))(
    '%s in %s has no serious or critical violation',
    async (_name, language, screen) => {
      const page = await h.newPage({ locale: language, signedIn: screen.signedIn, bypassCSP: true });
      await page.goto(`${h.url}${screen.path(ids)}`);
      await screen.ready(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
