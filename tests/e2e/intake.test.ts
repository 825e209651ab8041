// Intake through the UI: paste an English article and review its suggestions, upload an Arabic web page, refuse
// binary and non-UTF-8 files, and edit, delete and restore an article from its page.
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Article, ArticleSummary } from '../../domain/schemas.ts';
import { normalizeText } from '../../domain/text.ts';
import { articleDetail, claimsOf, openHarness, screenshot, type Harness } from './harness.ts';
import { isolate } from '../../domain/bidi.ts';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

const ENGLISH_SENTENCES = [
  'Russia and France pressed on Friday for a truce in Nagorno-Karabakh as the fighting went on overnight.',
  '“We are ready to host new talks in Moscow,” the Kremlin said in a statement.',
  'A ceasefire must come first, according to the Élysée.',
  'Shelling continued in several districts near the front line.',
  'Thousands of families have left their homes since late September.',
  'Diplomats expect the two foreign ministers to meet again next week.',
];
const KREMLIN_QUOTE = 'We are ready to host new talks in Moscow';

const articleCount = async () => (await h.api<ArticleSummary[]>('GET', '/articles')).length;
const articleIdInUrl = () => new URL(h.page.url()).pathname.match(/^\/articles\/(?!new$)([^/]+)$/)?.[1] ?? null;
const suggestionGroups = () => h.page.getByRole('region', { name: /^Suggestions/ }).getByRole('group');
const focusedSuggestion = () => h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.suggestionKey ?? null);

/** The first paragraphs of the demo article, as a web page with a script, a style and a menu around them. */
async function arabicPage(): Promise<string> {
  const demo = await readFile(new URL('../../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url), 'utf8');
  const paragraphs = normalizeText(demo).split('\n').filter(Boolean).slice(0, 5);
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>أرمينيا مستعدة لاستئناف عملية السلام</title>
<script>window.tracker = "SCRIPT-TEXT-MUST-NOT-ARRIVE";</script><style>.ad { content: "STYLE-TEXT"; }</style></head>
<body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav><article><h1>أرمينيا مستعدة لاستئناف عملية السلام</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
<script>document.write("SCRIPT-TEXT-MUST-NOT-ARRIVE")</script></article></body></html>`;
}

it('pastes an English article, previews it, saves it and accepts a suggestion with the keyboard', async () => {
  const { page } = h;
  await page.goto(h.url);
  await page.getByRole('link', { name: 'Add article' }).click();
  await page.getByRole('heading', { name: 'Add an article' }).waitFor();

  await page.getByRole('textbox', { name: 'Article text' }).fill(ENGLISH_SENTENCES.join(' '));
  await expect.poll(() => page.getByRole('combobox', { name: 'Language', exact: true }).inputValue()).toBe('en');
  expect(await page.getByRole('combobox', { name: 'Direction' }).inputValue()).toBe('ltr');
  await page.getByText('Detected: English, left to right').waitFor();
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect.poll(() => sentences.getByRole('listitem').allTextContents()).toEqual(ENGLISH_SENTENCES);
  expect(await sentences.getAttribute('dir')).toBe('ltr');

  await page.getByRole('textbox', { name: 'Title' }).fill('Moscow ready to host new Karabakh talks');
  await page.getByRole('textbox', { name: 'Outlet' }).fill('Wire desk');
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect.poll(articleIdInUrl).not.toBeNull();
  const articleId = articleIdInUrl()!;
  expect(await page.getByRole('article').getAttribute('dir')).toBe('ltr');

  const kremlin = suggestionGroups().filter({ hasText: KREMLIN_QUOTE });
  await kremlin.waitFor();
  expect(await kremlin.getAttribute('aria-label')).toBe('Suggestion: Kremlin');
  const key = await kremlin.getAttribute('data-suggestion-key');
  // s reaches the suggestions from anywhere; the arrows move between them; a accepts the one with focus.
  await page.keyboard.press('s');
  for (let i = 0; i < 5 && (await focusedSuggestion()) !== key; i++) await page.keyboard.press('ArrowDown');
  expect(await focusedSuggestion()).toBe(key);
  await page.keyboard.press('a');

  await expect.poll(async () => (await claimsOf(h, articleId)).map((c) => [c.quote.exact, c.sourceId])).toEqual([[KREMLIN_QUOTE, 'kremlin']]);
  // The accepted suggestion is now the active claim, open in the editor, and no longer proposed.
  const editor = page.getByRole('region', { name: 'Selected claim' });
  await editor.getByText(KREMLIN_QUOTE).waitFor();
  await expect.poll(() => suggestionGroups().filter({ hasText: KREMLIN_QUOTE }).count()).toBe(0);

  await page.reload();
  const claim = page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option');
  await claim.filter({ hasText: KREMLIN_QUOTE }).filter({ hasText: 'Kremlin' }).waitFor();
  await suggestionGroups().first().waitFor();
  expect(await suggestionGroups().filter({ hasText: KREMLIN_QUOTE }).count()).toBe(0);
  expect(h.errors).toEqual([]);
});

it('uploads an Arabic web page: its article text arrives right to left, its scripts do not', async () => {
  const { page } = h;
  await page.goto(`${h.url}/articles/new`);
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'armenia.html',
    mimeType: 'text/html',
    buffer: Buffer.from(await arabicPage(), 'utf8'),
  });
  await page.getByRole('button', { name: 'Remove the page' }).waitFor();
  await expect.poll(() => page.getByRole('combobox', { name: 'Language', exact: true }).inputValue()).toBe('ar');
  expect(await page.getByRole('combobox', { name: 'Direction' }).inputValue()).toBe('rtl');
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect.poll(() => sentences.getByRole('listitem').allTextContents()).toContain(
    'قالت أرمينيا الجمعة إنها “مستعدة” لاستئناف عملية السلام مع أذربيجان بشأن منطقة ناغورني قره باغ حيث تستمر الاشتباكات العنيفة قبل ساعات من اجتماع وزيري خارجية البلدين في موسكو.',
  );
  expect(await sentences.getAttribute('dir')).toBe('rtl');
  expect(await sentences.textContent()).not.toContain('SCRIPT-TEXT');
  await page.getByText('Leave empty to use the page’s title').waitFor();
  await screenshot(h, 'intake-arabic');

  // No title typed: the page's own title is used.
  await page.getByRole('button', { name: 'Save article' }).click();
  await expect.poll(articleIdInUrl).not.toBeNull();
  const stored = await articleDetail(h, articleIdInUrl()!);
  expect(stored.title).toBe('أرمينيا مستعدة لاستئناف عملية السلام');
  expect([stored.language, stored.direction]).toEqual(['ar', 'rtl']);
  expect(stored.text).toContain('قالت أرمينيا الجمعة إنها “مستعدة”');
  expect(stored.text).not.toMatch(/SCRIPT-TEXT|STYLE-TEXT|tracker/);
  expect(await page.getByRole('article').textContent()).not.toContain('SCRIPT-TEXT');
  expect(h.errors).toEqual([]);
});

it('refuses binary files and other encodings with a clear message and stores nothing', async () => {
  const { page } = h;
  const before = await articleCount();
  await page.goto(`${h.url}/articles/new`);
  const file = page.getByLabel('Choose a file');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await file.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: png });
  await page.getByRole('alert').filter({ hasText: '“photo.txt” looks like a binary file, not text' }).waitFor();

  await file.setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
  await page.getByRole('alert').filter({ hasText: '“scan.pdf” is not a file Claimdesk can read' }).waitFor();

  // "قالت" in Windows-1256: not UTF-8.
  await file.setInputFiles({ name: 'old.txt', mimeType: 'text/plain', buffer: Buffer.from([0xe3, 0xc7, 0xe1, 0xca]) });
  await page.getByRole('alert').filter({ hasText: '“old.txt” is not UTF-8 text' }).waitFor();

  expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('');
  await page.getByRole('button', { name: 'Save article' }).click();
  await page.getByRole('alert').filter({ hasText: 'Paste the article’s text, or choose a file.' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Give the article a title.' }).waitFor();
  expect(await articleCount()).toBe(before);
});

it('shows a duplicate with a link to the article that holds it', async () => {
  const { page } = h;
  const first = await h.api<Article>('POST', '/articles', { title: 'First copy', text: ENGLISH_SENTENCES.join(' ') });
  await page.goto(`${h.url}/articles/new`);
  await page.getByRole('textbox', { name: 'Article text' }).fill(ENGLISH_SENTENCES.join(' '));
  const link = page.getByRole('status').filter({ hasText: 'Already added as' }).getByRole('link', { name: 'First copy' });
  await link.waitFor();
  expect(await page.getByRole('button', { name: 'Save article' }).isDisabled()).toBe(true);
  await link.click();
  await expect.poll(articleIdInUrl).toBe(first.id);
});

it('edits an article’s details, deletes it after confirming and brings it back with Undo', async () => {
  const { page } = h;
  const article = await h.api<Article>('POST', '/articles', { title: 'Draft title', text: ENGLISH_SENTENCES.join(' ') });
  await page.goto(`${h.url}/articles/${article.id}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit article details' });
  await edit.getByRole('textbox', { name: 'Title' }).fill('Moscow offers talks');
  await edit.getByRole('textbox', { name: 'URL' }).fill('not a url');
  await edit.getByRole('button', { name: 'Save details' }).click();
  await edit.getByRole('alert').filter({ hasText: /^URL must be/ }).waitFor();
  await edit.getByRole('textbox', { name: 'URL' }).fill('https://example.org/moscow-talks');
  await edit.getByRole('button', { name: 'Save details' }).click();
  await page.getByRole('heading', { name: 'Moscow offers talks' }).waitFor();
  expect((await articleDetail(h, article.id)).url).toBe('https://example.org/moscow-talks');

  await page.getByRole('button', { name: 'Delete article' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this article?' });
  await confirm.getByText('“Moscow offers talks” will be deleted. It has no claims.').waitFor();
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await page.getByRole('heading', { name: 'Articles' }).waitFor();
  await expect.poll(async () => (await h.api<ArticleSummary[]>('GET', '/articles')).some((a) => a.id === article.id)).toBe(false);
  await page.getByRole('status').filter({ hasText: `Deleted “${isolate('Moscow offers talks')}”` }).getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Moscow offers talks' }).waitFor();
  expect((await h.api<ArticleSummary[]>('GET', '/articles')).some((a) => a.id === article.id)).toBe(true);
});
