// The Sources screen end to end (issue 17, item 1 and the "done when" of items 1 and 2): an editor gives the Élysée a
// person with a role phrase, and a statement whose speaker is that role phrase, suggested with no source before, is
// then suggested with the Élysée as its source.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Source, Suggestion } from '../../domain/schemas.ts';
import { buildArticleBody } from '../support/builders.ts';
import { createArticle, openArticle, openHarness, screenshot, type Harness } from './harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});

const ROLE = 'Secretary-General of the Presidency of the Republic';
const STATEMENT = 'the foreign ministers would meet in Geneva on Monday';
const TEXT = `France offered to host new talks on Nagorno-Karabakh.\nThe ${ROLE} said ${STATEMENT}.`;

it('adds a person with a role phrase to a source, and a statement that role phrase speaks takes that source', async () => {
  const article = await createArticle(h, buildArticleBody({ text: TEXT, title: 'Talks in Geneva', language: 'en', direction: 'ltr' }));
  const suggestionsOf = () => h.api<Suggestion[]>('GET', `/articles/${article.id}/suggestions`);
  // Before: the statement is suggested, but nobody in the directory goes by that role phrase.
  expect((await suggestionsOf()).map((s) => [s.exact, s.sourceId])).toEqual([[STATEMENT, null]]);

  await h.page.goto(`${h.url}/sources`);
  await h.page.getByRole('heading', { name: 'Sources', level: 1 }).waitFor();
  await h.page.getByRole('navigation', { name: 'Sources of the newsroom' }).getByRole('button', { name: /^Élysée/ }).click();
  const form = h.page.getByRole('form', { name: 'Edit Élysée' });
  await form.waitFor();
  await form.getByRole('button', { name: 'Add a person' }).click();
  // The new person's first field has the focus: a keyboard user types on.
  const person = form.getByRole('group', { name: 'Person 2' });
  await expect.poll(() => person.getByRole('group', { name: 'Name' }).getByLabel('Arabic').evaluate((el) => el === document.activeElement)).toBe(true);
  await person.getByRole('group', { name: 'Name' }).getByLabel('English').fill('Alexis Kohler');
  const renamed = form.getByRole('group', { name: 'Alexis Kohler' });
  await renamed.getByRole('group', { name: 'Role phrase' }).getByLabel('English').fill(ROLE);
  await renamed.getByLabel('In the role from').fill('2017-05-14');
  await screenshot(h, 'sources-add-person');
  await form.getByRole('button', { name: 'Save source' }).click();
  await form.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  // The change is in the source's history, by whom and what it touched.
  await h.page.getByText('History', { exact: true }).click();
  const history = h.page.getByRole('list', { name: 'Changes to Élysée' });
  await history.getByText('Test Checker changed the people.').waitFor();
  expect(await history.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
  await history.scrollIntoViewIfNeeded();
  await screenshot(h, 'sources-history');

  const elysee = (await h.api<Source[]>('GET', '/sources')).find((s) => s.id === 'elysee')!;
  expect(elysee.people.find((p) => p.names.en === 'Alexis Kohler')).toMatchObject({ roles: { en: ROLE }, from: '2017-05-14', to: null });

  await openArticle(h, article.id);
  const suggestion = h.page.getByRole('region', { name: /^Suggestions/ }).getByRole('group', { name: 'Suggestion: Élysée' });
  await suggestion.filter({ hasText: STATEMENT }).waitFor();
  expect((await suggestionsOf()).map((s) => [s.exact, s.sourceId])).toEqual([[STATEMENT, 'elysee']]);
  expect(h.errors).toEqual([]);
});

it('asks where the claims of a source in use go before deleting it, and moves them there', async () => {
  const article = await createArticle(h, buildArticleBody({ text: TEXT, title: 'Talks in Geneva', language: 'en', direction: 'ltr' }));
  const start = TEXT.indexOf(STATEMENT);
  const claim = await h.api<{ id: string }>('POST', `/articles/${article.id}/claims`, { start, end: start + STATEMENT.length, exact: STATEMENT, sourceId: 'elysee' });

  await h.page.goto(`${h.url}/sources`);
  await h.page.getByRole('navigation', { name: 'Sources of the newsroom' }).getByRole('button', { name: /^Élysée/ }).click();
  const remove = h.page.getByRole('form', { name: 'Delete this source' });
  await remove.getByRole('button', { name: 'Delete Élysée' }).click();
  const moveTo = remove.getByLabel('Move its claims to');
  await expect.poll(() => moveTo.getAttribute('aria-invalid')).toBe('true');
  await remove.getByRole('alert').waitFor();
  await moveTo.selectOption({ label: 'Kremlin' });
  await remove.getByRole('button', { name: 'Delete Élysée' }).click();
  // The source that took its claims is shown next.
  await h.page.getByRole('form', { name: 'Edit Kremlin' }).waitFor();

  expect((await h.api<Source[]>('GET', '/sources')).map((s) => s.id)).not.toContain('elysee');
  expect((await h.api<{ sourceId: string }>('GET', `/claims/${claim.id}`)).sourceId).toBe('kremlin');
  expect(h.errors.filter((e) => !e.includes('409'))).toEqual([]);
});
