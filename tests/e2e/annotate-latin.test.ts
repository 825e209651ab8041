// The same workbench on English and French articles created through the API: mouse claim with verdict, note and
// link surviving a reload; a clicked sentence preselecting its source; the keyboard-only claim, delete and undo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../domain/schemas.ts';
import { articleDetail, claimsOf, createArticle, dragSelect, highlightedTexts, openArticle, openHarness, pointAtOffset, screenshot, tabIntoText, type Harness } from './harness.ts';

const CASES = [
  {
    language: 'en',
    title: 'Armenia says it is ready to resume the peace process',
    text:
      'Armenia said on Friday it was “ready” to resume the peace process with Azerbaijan as fighting went on. ' +
      'Vladimir Putin called for “a halt to the fighting in Nagorno-Karabakh on humanitarian grounds to exchange bodies and prisoners,” the Kremlin said. ' +
      'The French presidency said after calls by Emmanuel Macron that a truce was possible “tonight or tomorrow”.\n' +
      'The information centre of the Armenian government said artillery fire continued along the front line.',
    demand: 'halt to the fighting in Nagorno-Karabakh on humanitarian grounds to exchange bodies and prisoners',
    armenian: 'The information centre of the Armenian government',
    kremlinQuery: 'krem',
  },
  {
    language: 'fr',
    title: 'L’Arménie se dit prête à reprendre le processus de paix',
    text:
      'L’Arménie s’est dite vendredi « prête » à reprendre le processus de paix avec l’Azerbaïdjan. ' +
      'Vladimir Poutine a appelé « à l’arrêt des combats au Nagorny Karabakh pour des raisons humanitaires afin d’échanger les corps et les prisonniers », selon le Kremlin. ' +
      'La présidence française a indiqué après des entretiens d’Emmanuel Macron qu’une trêve était possible « ce soir ou demain ».\n' +
      'Le centre d’information du gouvernement arménien a affirmé que les tirs d’artillerie se poursuivaient sur le front.',
    demand: 'l’arrêt des combats au Nagorny Karabakh pour des raisons humanitaires afin d’échanger les corps et les prisonniers',
    armenian: 'Le centre d’information du gouvernement arménien',
    kremlinQuery: 'poutine',
  },
] as const;

describe.each(CASES)('an article in $language', (c) => {
  let h: Harness;
  let article: ArticleDetail;
  const options = () => h.page.getByRole('listbox', { name: 'Claims in this article' }).getByRole('option');

  beforeEach(async () => {
    h = await openHarness();
    const created = await createArticle(h, { text: c.text, title: c.title, outlet: 'AFP', language: c.language, direction: 'ltr', publishedAt: '2020-10-09' });
    article = await articleDetail(h, created.id);
    await openArticle(h, article.id);
  });
  afterEach(async () => {
    await h.close();
  });

  it('makes a mouse selection a disputed claim of the Kremlin with a note and a link that survives a reload', async () => {
    const { page } = h;
    const start = article.text.indexOf(c.demand);
    const end = start + c.demand.length;
    // Dragged in reading order, left to right, from inside the first word to inside the last one.
    await dragSelect(page, start + 2, end - 3);
    const quote = page.getByRole('region', { name: 'New claim' }).locator('blockquote');
    await expect.poll(() => quote.textContent()).toBe(c.demand);
    const source = page.getByRole('combobox', { name: 'Source' });
    await source.fill(c.kremlinQuery);
    await page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: /Kremlin/ }).click();
    await page.getByRole('button', { name: 'Make claim' }).click();
    await page.getByRole('button', { name: 'Disputed' }).click();
    await page.getByLabel('Note').fill('No independent confirmation yet.');
    await page.getByLabel('Link', { exact: true }).fill('https://example.org/readout');
    await page.getByRole('button', { name: 'Add link' }).click();
    await expect
      .poll(async () => (await claimsOf(h, article.id)).map((x) => [x.verdict, x.note, x.evidence.length]))
      .toEqual([['disputed', 'No independent confirmation yet.', 1]]);
    if (c.language === 'en') await screenshot(h, 'article-english-claim');

    await page.reload();
    await options().filter({ hasText: c.demand }).filter({ hasText: 'Disputed' }).waitFor();
    const [claim] = await claimsOf(h, article.id);
    expect(claim).toMatchObject({ start, end, sourceId: 'kremlin', quote: { exact: c.demand } });
    await page.waitForFunction(() => CSS.highlights.get('claim-disputed')?.size === 1);
    expect(await highlightedTexts(page, 'claim-disputed')).toEqual([c.demand]);
    expect(h.errors).toEqual([]);
  });

  it('preselects the Armenian government when its sentence is clicked', async () => {
    const { page } = h;
    const at = await pointAtOffset(page, article.text.indexOf(c.armenian) + 5);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.getByRole('combobox', { name: 'Source' }).inputValue()).toBe('Armenian government');
    await page.getByRole('button', { name: 'Make claim' }).click();
    await expect.poll(async () => (await claimsOf(h, article.id)).map((x) => x.sourceId)).toEqual(['armenian-government']);
  });

  it('makes a claim of the third sentence from the keyboard, marks it corroborated, deletes it and undoes', async () => {
    const { page } = h;
    const third = article.sentences[2]!.text.trim();
    await tabIntoText(page);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('combobox', { name: 'Source' }).inputValue()).toBe('Élysée');
    // Enter again confirms nothing blind: it goes to the source shown; Enter there makes the claim.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Delete claim' }).waitFor();
    await page.keyboard.press('c');
    await expect.poll(async () => (await claimsOf(h, article.id)).map((x) => x.verdict)).toEqual(['corroborated']);
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await claimsOf(h, article.id)).length).toBe(0);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await claimsOf(h, article.id)).map((x) => [x.quote.exact, x.sourceId, x.verdict]))
      .toEqual([[third, 'elysee', 'corroborated']]);
    await options().filter({ hasText: 'Élysée' }).waitFor();
    if (c.language === 'en') await screenshot(h, 'article-english');
    expect(h.errors).toEqual([]);
  });
});
