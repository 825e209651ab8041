// One test's world: a server on a fresh temporary data folder, a browser page on it, its console errors, cleanup.
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { startServer } from '../../server/start.ts';
import { openDatabase } from '../../server/store/postgres/connection.ts';
import { migrateToLatest } from '../../server/store/postgres/migrations.ts';
import { createTestDatabase } from '../support/postgres.ts';
import { TEST_STORE } from '../support/test-app.ts';
import type { Article, ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import type { CreateArticleBody } from '../../domain/requests.ts';

export const SCREENSHOT_DIR = fileURLToPath(new URL('./screenshots/', import.meta.url));

export interface Harness {
  url: string;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Calls the API from Node, the way another tool would. */
  api: <T>(method: string, apiPath: string, body?: unknown) => Promise<T>;
  /**
   * A page in a fresh browser profile (no storage) with the browser's languages set to `locale`; signed in or not; at
   * the harness's viewport unless given another; `bypassCSP` lets a test inject a checker's script (axe-core) past the
   * app's Content-Security-Policy.
   */
  newPage: (options: { locale: string; signedIn: boolean; viewport?: Viewport; bypassCSP?: boolean; javaScriptEnabled?: boolean }) => Promise<Page>;
  stopServer: () => Promise<void>;
  close: () => Promise<void>;
}

interface Viewport {
  width: number;
  height: number;
}

export interface HarnessOptions {
  viewport?: Viewport;
  /** Phone emulation for every page: touch events, the page's viewport meta tag honoured, a dense screen. */
  phone?: boolean;
  /** The browser's language (navigator.languages, Accept-Language); English by default, as most tests read English. */
  locale?: string;
}

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'claimdesk-e2e-'));
  // On the e2e-postgres project, a database of this test's own, migrated; the server seeds it as it would a new folder.
  const database = TEST_STORE === 'postgres' ? await createTestDatabase() : null;
  if (database) {
    const db = openDatabase(database.url, { max: 1 });
    await migrateToLatest(db);
    await db.destroy();
  }
  const server = await startServer({ dataDir, databaseUrl: database?.url ?? null, port: 0, log: () => undefined });
  let serverOpen = true;
  const browser: Browser = await chromium.connect(inject('wsEndpoint'));
  const viewport = options.viewport ?? { width: 1280, height: 860 };
  const contexts: BrowserContext[] = [];
  const cookie = await signUpFirstEditor(server.url);
  const device = options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {};
  const newPage = async ({ locale, signedIn, viewport: size = viewport, bypassCSP = false, javaScriptEnabled = true }: { locale: string; signedIn: boolean; viewport?: Viewport; bypassCSP?: boolean; javaScriptEnabled?: boolean }) => {
    const context = await browser.newContext({ viewport: size, locale, bypassCSP, javaScriptEnabled, ...device });
    contexts.push(context);
    // Fail a step with its own message rather than the whole test at the vitest timeout (20 s: CI machines are small).
    context.setDefaultTimeout(20_000);
    if (signedIn) await context.addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
    return context.newPage();
  };
  const page = await newPage({ locale: options.locale ?? 'en-GB', signedIn: true });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  const api = apiCaller(server.url, `${cookie.name}=${cookie.value}`, cookie.csrfToken);

  const stopServer = async () => {
    if (!serverOpen) return;
    serverOpen = false;
    await server.close();
  };

  return {
    url: server.url,
    page,
    errors,
    api,
    newPage,
    stopServer,
    close: async () => {
      for (const context of contexts) await context.close();
      await browser.close();
      await stopServer();
      await database?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates the first editor through the set-up route and returns its session cookie and CSRF token. */
async function signUpFirstEditor(url: string): Promise<{ name: string; value: string; csrfToken: string }> {
  const response = await fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'checker', displayName: 'Test Checker', password: 'a long enough password' }),
  });
  if (response.status !== 201) throw new Error(`harness: set-up answered ${response.status}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const [pair] = (response.headers.get('set-cookie') ?? '').split(';');
  const [name, value] = (pair ?? '').split('=');
  if (!name || !value) throw new Error('harness: set-up set no session cookie');
  return { name, value, csrfToken };
}

export async function createArticle(h: Harness, body: CreateArticleBody): Promise<Article> {
  return h.api<Article>('POST', '/articles', body);
}

export async function claimsOf(h: Harness, articleId: string): Promise<Claim[]> {
  return h.api<Claim[]>('GET', `/claims?articleId=${encodeURIComponent(articleId)}`);
}

export async function articleDetail(h: Harness, articleId: string): Promise<ArticleDetail> {
  return h.api<ArticleDetail>('GET', `/articles/${encodeURIComponent(articleId)}`);
}

/** Opens an article in the workbench and waits until its text and fonts are in place. */
export async function openArticle(h: Harness, articleId: string) {
  await h.page.goto(`${h.url}/articles/${articleId}`);
  await h.page.getByRole('article').waitFor();
  await h.page.evaluate(() => document.fonts.ready.then(() => undefined));
}

export async function screenshot(h: Harness, name: string, options: { fullPage?: boolean } = {}) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await h.page.evaluate(async () => {
    await document.fonts.ready;
    // A smooth scroll (to a selected claim, say) still under way would be caught mid-frame: wait until it rests.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let last = -1; last !== window.scrollY; await frame(), await frame()) last = window.scrollY;
  });
  await h.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), ...options });
}

/** Scrolls the character at `offset` of the stored text into view and returns its centre in the viewport. */
export async function pointAtOffset(page: Page, offset: number): Promise<{ x: number; y: number }> {
  return page.evaluate((at) => {
    for (const element of document.querySelectorAll<HTMLElement>('[role="article"] [data-start]')) {
      const start = Number(element.dataset.start);
      const node = element.firstChild;
      if (!(node instanceof Text) || at < start || at >= start + node.length) continue;
      element.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at - start);
      range.setEnd(node, at - start + 1);
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`no text at offset ${at}`);
  }, offset);
}

/** Drags the mouse from the character at `from` to the character at `to` (either order, any direction). */
export async function dragSelect(page: Page, from: number, to: number) {
  await pointAtOffset(page, Math.min(from, to)); // scrolls the span into view; both ends must be on screen
  const b = await pointAtOffset(page, to);
  const a = await pointAtOffset(page, from);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  // Move as a hand does, a few pixels at a time: Chromium may not begin a text selection on a first jump of many pixels.
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3);
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

/** Presses Tab until a sentence of the article has focus, as a keyboard user would reach the text. */
export async function tabIntoText(page: Page, maxPresses = 20) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const inText = await page.evaluate(() => document.activeElement?.hasAttribute('data-sentence') ?? false);
    if (inText) return;
  }
  throw new Error('Tab never reached the article text');
}

/** The text of the claim highlights of one name, as the browser paints them. */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** Calls the API from Node with a session cookie and its CSRF token, the way another tool would. */
export function apiCaller(url: string, cookie: string, csrfToken: string) {
  return async <T>(method: string, apiPath: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${url}/api${apiPath}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${apiPath} → ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Signs a person in from Node and returns a caller of the API with their session. */
export async function apiAs(h: Harness, username: string, password: string) {
  const response = await fetch(`${h.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username} answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return apiCaller(h.url, (response.headers.get('set-cookie') ?? '').split(';')[0]!, csrfToken);
}

/** A harness with the demo article open in the workbench. */
export async function openOnDemoArticle(): Promise<{ h: Harness; demo: ArticleDetail }> {
  const h = await openHarness();
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  const demo = await articleDetail(h, summary!.id);
  await openArticle(h, demo.id);
  return { h, demo };
}
