// Benchmark: headless Chromium opening Arabic articles of 100, 1,000 and 5,000 sentences — time from navigation to
// an interactive article view, and the long tasks on the way there. Needs the built client (`npx vite build`).
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { LIMITS } from '../domain/limits.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../server/reports/pdf-renderer.ts';
import type { Article, Claim, StoreData } from '../domain/schemas.ts';
import { splitSentences } from '../domain/split-sentences.ts';
import { benchClaim, generateStore, writeStore } from './generate-store.ts';
import { median, type BenchRow } from './measure.ts';
import { spawnServer } from './spawn-server.ts';

const SENTENCE_COUNTS = [100, 1_000, 5_000];
const SENTENCES_PER_PARAGRAPH = 5;
/** One claim every this many sentences, so highlights are painted as in a worked article. */
const SENTENCES_PER_CLAIM = 20;
const RUNS = 3;
const LONG_TASK_LIMIT_MS = 200;

/**
 * An Arabic text of exactly `count` sentences that fits LIMITS.articleText: the demo article's sentences cut to
 * their first words and numbered, so no two sentences are alike. (The demo's full sentences average ~130 UTF-16
 * units; 5,000 of them would be ~650,000, over the limit, so every sentence is cut to fit 5,000 within it.)
 */
export function buildArabicText(demoText: string, count: number): string {
  // Quotation marks go: a quotation cut open by the shortening would hold the following sentences in one.
  const demo = splitSentences(demoText, 'ar').map((s) => s.text.replace(/[“”«»"]/gu, '').replace(/[.!?؟]+$/u, '').split(/\s+/));
  const budget = Math.floor(LIMITS.articleText / Math.max(...SENTENCE_COUNTS)) - 1;
  const lines: string[] = [];
  let line: string[] = [];
  for (let i = 0; i < count; i++) {
    const words = demo[i % demo.length]!;
    const tail = ` ${i + 1}.`;
    let sentence = words[0]!;
    for (const word of words.slice(1)) {
      if (sentence.length + 1 + word.length + tail.length > budget) break;
      sentence += ` ${word}`;
    }
    line.push(sentence + tail);
    if (line.length === SENTENCES_PER_PARAGRAPH) lines.push(line.join(' ')), (line = []);
  }
  if (line.length > 0) lines.push(line.join(' '));
  return lines.join('\n');
}

function buildArticle(demo: Article, count: number): { article: Article; claims: Claim[] } {
  const id = `bench-browser-${count}`;
  const text = buildArabicText(demo.text, count);
  const sentences = splitSentences(text, 'ar');
  if (sentences.length !== count) throw new Error(`bench: built ${sentences.length} sentences, wanted ${count}`);
  if (text.length > LIMITS.articleText) throw new Error(`bench: ${count}-sentence text is ${text.length} units, over the limit`);
  const claims = sentences
    .filter((s) => s.index % SENTENCES_PER_CLAIM === 0)
    .map((s, i) =>
      // The sentence's first word, like a claim marked on a name or figure.
      benchClaim({ id, text }, `${id}-claim-${i}`, s.start, s.start + s.text.indexOf(' '), i),
    );
  return { article: { ...demo, id, title: `${count} sentences`, text }, claims };
}

/** Milliseconds from navigation start until the last sentence and the claims panel are on screen. */
async function openOnce(browser: Browser, url: string, cookie: { name: string; value: string }, lastSentence: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
  try {
    await context.addCookies([{ ...cookie, url: new URL(url).origin }]);
    await context.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(url, { waitUntil: 'commit' });
    // Checked once per frame; when the last sentence and the claims panel are there, the time is read in the task
    // that follows that frame's layout and paint: the first moment the whole article is on screen and takes input.
    // Sent as source text: tsx would wrap a named inner function in a helper the page does not have.
    const timeToInteractive = await page
      .evaluate<number>(
        `new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('not interactive after 60 s')), 60000);
          const check = () => {
            const sentence = document.querySelector('[role="article"] [data-sentence="${lastSentence}"]');
            if (!sentence || !document.querySelector('[aria-label="Claims panel"]')) return requestAnimationFrame(check);
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          };
          requestAnimationFrame(check);
        })`,
      )
      .catch(async (error: Error) => {
        const shown = (await page.locator('body').innerText()).slice(0, 300);
        throw new Error(`bench: ${url} never became interactive (${error.message}); errors: ${errors.join('; ')}; page: ${shown}`);
      });
    // Long tasks after that count too (suggestions arriving and being painted): wait for the page to settle.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    return { timeToInteractive, longest: Math.max(0, ...tasks), over: tasks.filter((t) => t > LONG_TASK_LIMIT_MS).length };
  } finally {
    await context.close();
  }
}

export async function benchBrowserLoad(): Promise<BenchRow[]> {
  await access(new URL('../client/dist/index.html', import.meta.url)).catch(() => {
    throw new Error('bench: client/dist/index.html is missing; run `npx vite build` first');
  });
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-browser-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const seed: StoreData = await generateStore(0, 1);
    const built = SENTENCE_COUNTS.map((count) => buildArticle(seed.articles[0]!, count));
    await writeStore(dir, { ...seed, articles: built.map((b) => b.article), claims: built.flatMap((b) => b.claims) });
    const server = await spawnServer(dir);
    try {
      const [name, value] = server.headers.cookie!.split(/=(.*)/s) as [string, string];
      const rows: BenchRow[] = [];
      // A throwaway load first, so the browser's own start-up is not in the first figure.
      await openOnce(browser, `${server.url}/articles/${built[0]!.article.id}`, { name, value }, 0);
      for (const { article } of built) {
        const count = splitSentences(article.text, 'ar').length;
        const runs = [];
        for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, `${server.url}/articles/${article.id}`, { name, value }, count - 1));
        rows.push(
          { name: `${count} sentences: time to interactive`, value: median(runs.map((r) => r.timeToInteractive)), unit: 'ms' },
          { name: `${count} sentences: longest task`, value: median(runs.map((r) => r.longest)), unit: 'ms' },
          { name: `${count} sentences: tasks over ${LONG_TASK_LIMIT_MS} ms`, value: median(runs.map((r) => r.over)), unit: 'count' },
        );
      }
      return rows;
    } finally {
      await server.stop();
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
