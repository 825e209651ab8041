// Annotating the Arabic demo article with the mouse: a selection made right to left becomes an attributed,
// disputed claim with a note and a link that survives a reload; a clicked sentence preselects its source.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail } from '../../domain/schemas.ts';
import { openOnDemoArticle, claimsOf, dragSelect, highlightedTexts, pointAtOffset, screenshot, type Harness } from './harness.ts';

const KREMLIN_DEMAND = 'بوقف القتال في ناغورني قره باغ لأسباب إنسانية بهدف تبادل جثث القتلى والأسرى';

let h: Harness;
let demo: ArticleDetail;

beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

it('shows the demo article right to left, in Arabic, one paragraph per line', async () => {
  const text = h.page.getByRole('article');
  expect(await text.getAttribute('dir')).toBe('rtl');
  expect(await text.getAttribute('lang')).toBe('ar');
  const paragraphs = await text.locator('p').count();
  expect(paragraphs).toBe(demo.text.split('\n').filter((l) => l.trim()).length);
  const font = await text.evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toContain('Noto Naskh Arabic');
  expect(await h.page.evaluate(() => document.fonts.check('20px "Noto Naskh Arabic"', 'قال'))).toBe(true);
  await screenshot(h, 'article-arabic');
  expect(h.errors).toEqual([]);
});

it('makes the Kremlin demand, selected with the mouse, a disputed claim with a note and a link that survives a reload', async () => {
  const { page } = h;
  const start = demo.text.indexOf(KREMLIN_DEMAND);
  const end = start + KREMLIN_DEMAND.length;
  expect(start).toBeGreaterThan(0);

  // Dragged from inside «والأسرى» back to inside «بوقف»: the selection's anchor lies after its focus in the text,
  // and both ends sit mid-word, so the span must be ordered and snapped to whole words.
  await dragSelect(page, end - 3, start + 2);
  const quote = page.getByRole('region', { name: 'New claim' }).locator('blockquote');
  await expect.poll(() => quote.textContent()).toBe(KREMLIN_DEMAND);

  const source = page.getByRole('combobox', { name: 'Source' });
  await source.fill('كرملين');
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /Kremlin/ }).click();
  expect(await source.inputValue()).toBe('Kremlin');
  await page.getByRole('button', { name: 'Make claim' }).click();

  await page.getByRole('button', { name: 'Disputed' }).click();
  await page.getByLabel('Note').fill('الكرملين يطالب بهدنة إنسانية — compare with the Armenian and Azerbaijani readouts.');
  await page.getByLabel('Link', { exact: true }).fill('http://en.kremlin.ru/events/president/news/64171');
  await page.getByLabel('Link title (optional)').fill('Kremlin readout, 8 October 2020');
  await page.getByRole('button', { name: 'Add link' }).click();
  await page.getByRole('link', { name: 'Kremlin readout, 8 October 2020' }).waitFor();
  await expect
    .poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.verdict, c.note.length > 0, c.evidence.length]))
    .toEqual([['disputed', true, 1]]);
  await page.getByRole('region', { name: 'Selected claim' }).getByRole('status').filter({ hasText: 'Saved' }).waitFor();
  await screenshot(h, 'article-arabic-claim');

  await page.reload();
  await page.getByRole('article').waitFor();
  const [claim] = await claimsOf(h, demo.id);
  expect(claim).toMatchObject({ start, end, sourceId: 'kremlin', verdict: 'disputed', quote: { exact: KREMLIN_DEMAND } });
  expect(claim!.evidence).toEqual([{ url: 'http://en.kremlin.ru/events/president/news/64171', title: 'Kremlin readout, 8 October 2020' }]);
  const listed = page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option');
  await listed.filter({ hasText: KREMLIN_DEMAND }).filter({ hasText: 'Kremlin' }).filter({ hasText: 'Disputed' }).waitFor();
  expect(await listed.count()).toBe(1);
  await page.waitForFunction(() => CSS.highlights.get('verdict-disputed')?.size === 1);
  expect(await highlightedTexts(page, 'verdict-disputed')).toEqual([KREMLIN_DEMAND]);
  expect(h.errors).toEqual([]);
});

it('preselects the Armenian government for the sentence of its information centre', async () => {
  const { page } = h;
  const sentence = demo.sentences.find((s) => s.text.includes('المركز الاعلامي للحكومة الارمينية'))!;
  const at = await pointAtOffset(page, sentence.start + 3);
  await page.mouse.click(at.x, at.y);
  const source = page.getByRole('combobox', { name: 'Source' });
  await expect.poll(() => source.inputValue()).toBe('Armenian government');
  await page.getByRole('button', { name: 'Make claim' }).click();
  await expect
    .poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.sourceId, c.quote.exact]))
    .toEqual([['armenian-government', sentence.text.trim()]]);
  await page.getByRole('button', { name: 'Delete claim' }).waitFor();
  expect(h.errors).toEqual([]);
});
