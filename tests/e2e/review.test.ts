// The editor's desk in Chromium: people added on the People page, a fact-checker disputes claims in two articles,
// an editor filters the queue (chart bar and filter control), approves one by keyboard and returns the other,
// the fact-checker sees the returned one first, and both timelines name every step's author.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { apiAs, articleDetail, createArticle, openHarness, screenshot, type Harness } from './harness.ts';

const FATIMA = { username: 'fatima', displayName: 'Fatima Haddad', password: 'fatima checks facts', role: 'factchecker' };
const NADIA = { username: 'nadia', displayName: 'Nadia Saleh', password: 'nadia edits the desk', role: 'editor' };
const RETURN_COMMENT = 'The Kremlin readout does not say this; cite the transcript.';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(async () => {
  await h.close();
});


async function signInAs(person: { username: string; password: string; displayName: string }) {
  const { page } = h;
  if (await page.getByRole('button', { name: 'Sign out' }).isVisible()) await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Username').fill(person.username);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(person.displayName, { exact: true }).first().waitFor();
}

async function addPerson(person: typeof FATIMA) {
  const { page } = h;
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Username', { exact: true }).fill(person.username);
  await form.getByLabel('Name', { exact: true }).fill(person.displayName);
  await form.getByLabel('Password', { exact: true }).fill(person.password);
  await form.getByLabel('Role', { exact: true }).selectOption(person.role);
  await form.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('row', { name: new RegExp(person.displayName) }).waitFor();
}

// The harness's session is the browser's, which signs out below: checks read through a session of their own.
let reader: Awaited<ReturnType<typeof apiAs>>;
const claimOf = (id: string) => reader<Claim>('GET', `/claims/${id}`);
const timelineSteps = () =>
  h.page.getByRole('list', { name: 'Changes to this claim, oldest first' }).locator(':scope > li > p').allTextContents();

it('takes two disputed claims from a fact-checker through the queue to a decision, with full timelines', async () => {
  const { page } = h;
  reader = await apiAs(h, 'checker', 'a long enough password');
  // An editor adds the fact-checker and a second editor on the People page.
  await page.goto(`${h.url}/people`);
  await page.getByRole('heading', { name: 'People' }).waitFor();
  await addPerson(FATIMA);
  await addPerson(NADIA);
  await expect.poll(() => page.getByRole('row', { name: /Nadia Saleh/ }).getByRole('combobox').inputValue()).toBe('editor');

  // Two articles: the Arabic demo and an English one added through the API.
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  const demo = await articleDetail(h, summary!.id);
  const english = await createArticle(h, {
    title: 'Talks in Moscow',
    text: 'The Kremlin said on Friday that talks would begin in Moscow. Observers expect a ceasefire within days.',
    language: 'en',
    direction: 'ltr',
  });
  const fatima = await apiAs(h, FATIMA.username, FATIMA.password);
  const sentence = demo.sentences[2]!;
  const arabicExact = sentence.text.trim();
  const arabicStart = sentence.start + sentence.text.indexOf(arabicExact);
  const arabic = await fatima<Claim>('POST', `/articles/${demo.id}/claims`, {
    start: arabicStart,
    end: arabicStart + arabicExact.length,
    exact: arabicExact,
    sourceId: 'azerbaijani-mod',
  });
  const englishExact = 'The Kremlin said on Friday that talks would begin in Moscow.';
  const kremlin = await fatima<Claim>('POST', `/articles/${english.id}/claims`, {
    start: 0,
    end: englishExact.length,
    exact: englishExact,
    sourceId: 'kremlin',
  });

  // The fact-checker opens each claim from its link and disputes it: by key in one, by button in the other.
  await signInAs(FATIMA);
  await page.goto(`${h.url}/articles/${demo.id}?claim=${arabic.id}`);
  await page.getByRole('region', { name: 'Selected claim' }).waitFor();
  await page.keyboard.press('2');
  await expect.poll(async () => (await claimOf(arabic.id)).verdict).toBe('disputed');
  await page.goto(`${h.url}/articles/${english.id}?claim=${kremlin.id}`);
  await page.getByRole('region', { name: 'Selected claim' }).getByRole('button', { name: 'Disputed' }).click();
  await expect.poll(async () => (await claimOf(kremlin.id)).verdict).toBe('disputed');
  expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).count()).toBe(0);

  // The editor sees both disputed claims in the queue, with the chart and the counts.
  await signInAs(NADIA);
  // Nothing of the fact-checker's session is left on screen: no "Marked disputed" toast to undo.
  expect(await page.getByRole('status').getByRole('button', { name: 'Undo' }).count()).toBe(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review queue' }).click();
  const rows = page.getByRole('list', { name: 'Claims to review' }).getByRole('listitem');
  await expect.poll(() => rows.count()).toBe(2);
  const arabicRow = rows.filter({ hasText: arabicExact });
  const kremlinRow = rows.filter({ hasText: englishExact });
  const arabicQuote = arabicRow.locator('.queue-quote');
  expect([await arabicQuote.textContent(), await arabicQuote.getAttribute('dir'), await arabicQuote.getAttribute('lang')]).toEqual([
    arabicExact,
    'rtl',
    'ar',
  ]);
  const chart = page.getByRole('figure', { name: /Claims by source and verdict/ });
  await chart.getByRole('button', { name: /^Kremlin\b.*: Disputed: 1\b/ }).waitFor();
  await screenshot(h, 'review-queue');

  // Filter by source with a bar of the chart, then with the filter control; the URL keeps the view.
  await chart.getByRole('button', { name: /^Kremlin\b/ }).click();
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => rows.first().textContent()).toContain(englishExact);
  expect(new URL(page.url()).searchParams.get('sourceId')).toBe('kremlin');
  await page.reload();
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => page.getByLabel('Source', { exact: true }).inputValue()).toBe('kremlin');
  await page.getByLabel('Source', { exact: true }).selectOption('azerbaijani-mod');
  await expect.poll(() => rows.first().textContent()).toContain(arabicExact);
  expect(await rows.count()).toBe(1);
  const exportHref = await page.getByRole('link', { name: 'Export this view' }).getAttribute('href');
  expect(exportHref).toBe('/export?verdict=disputed&sourceId=azerbaijani-mod');

  // Approve the Arabic claim with the keyboard.
  await arabicRow.locator('.queue-quote').click();
  await expect.poll(() => arabicRow.getAttribute('aria-current')).toBe('true');
  await page.keyboard.press('a');
  await expect.poll(async () => (await claimOf(arabic.id)).review.state).toBe('approved');
  await arabicRow.getByText('Approved by Nadia Saleh').waitFor();

  // Back to every source; return the Kremlin claim with a comment (r opens the box).
  await page.getByLabel('Source', { exact: true }).selectOption('');
  await expect.poll(() => rows.count()).toBe(2);
  await kremlinRow.locator('.queue-quote').click();
  await page.keyboard.press('r');
  const comment = kremlinRow.getByLabel('Comment for the fact-checker (required)');
  await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
  await kremlinRow.getByRole('button', { name: 'Send back' }).click();
  await kremlinRow.getByRole('alert').filter({ hasText: 'Say why' }).waitFor();
  await comment.fill(RETURN_COMMENT);
  await kremlinRow.getByRole('button', { name: 'Send back' }).click();
  await expect.poll(async () => (await claimOf(kremlin.id)).review).toMatchObject({ state: 'returned', comment: RETURN_COMMENT });
  const counts = page.getByRole('region', { name: 'In this view' });
  await expect.poll(() => counts.getByRole('definition').allTextContents()).toEqual(['2', '0', '1', '1']);

  // The fact-checker sees the returned claim first, with the editor's comment and name.
  await signInAs(FATIMA);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My claims' }).click();
  const mine = page.getByRole('list', { name: 'My claims, returned first' }).getByRole('listitem');
  await expect.poll(() => mine.count()).toBe(2);
  await expect.poll(() => mine.first().textContent()).toContain(RETURN_COMMENT);
  // Names arrive with the people query, after the claims: wait for them.
  await expect.poll(() => mine.first().textContent()).toContain('Returned by Nadia Saleh');
  expect(await mine.first().textContent()).toContain(englishExact);

  // Both timelines, from the claims' own links: every step with the right name.
  await mine.first().getByRole('link', { name: 'Open in article' }).click();
  await page.getByRole('region', { name: 'Selected claim' }).getByText(RETURN_COMMENT).waitFor();
  await page.getByText('History', { exact: true }).click();
  await expect
    .poll(timelineSteps)
    .toEqual([
      'Fatima Haddad created the claim',
      'Fatima Haddad changed the verdict from Unreviewed to Disputed',
      'Nadia Saleh returned the claim',
    ]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My claims' }).click();
  await mine.nth(1).getByRole('link', { name: 'Open in article' }).click();
  await page.getByRole('region', { name: 'Selected claim' }).getByText('Approved', { exact: true }).waitFor();
  // Approved: the fact-checker's own claim is now the editors' to change; the panel says so and offers nothing else.
  const selected = page.getByRole('region', { name: 'Selected claim' });
  await selected.getByText('Approved by an editor: only an editor can change or delete this claim now.').waitFor();
  expect(await selected.getByRole('button', { name: 'Delete claim' }).count()).toBe(0);
  expect(await selected.getByRole('button', { name: 'Disputed' }).isDisabled()).toBe(true);
  await page.getByText('History', { exact: true }).click();
  await expect
    .poll(timelineSteps)
    .toEqual([
      'Fatima Haddad created the claim',
      'Fatima Haddad changed the verdict from Unreviewed to Disputed',
      'Nadia Saleh approved the verdict',
    ]);
  await screenshot(h, 'workbench-history');
  // Signing out and back in answers 401 on purpose; nothing else may reach the console.
  expect(h.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
});

it('shows a version conflict in the queue instead of deciding on a claim that changed meanwhile', async () => {
  const { page } = h;
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  const demo = await articleDetail(h, summary!.id);
  const sentence = demo.sentences[0]!;
  const exact = sentence.text.trim();
  const start = sentence.start + sentence.text.indexOf(exact);
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, { start, end: start + exact.length, exact, sourceId: 'kremlin', verdict: 'disputed' });
  await page.goto(`${h.url}/review`);
  const row = page.getByRole('list', { name: 'Claims to review' }).getByRole('listitem').first();
  await row.getByRole('button', { name: 'Approve' }).waitFor();

  // Someone else edits the note while the editor looks at the row.
  await h.api('PATCH', `/claims/${claim.id}`, { version: claim.version, note: 'Checked against the ministry feed.' });
  await row.getByRole('button', { name: 'Approve' }).click();
  await row.getByRole('alert').filter({ hasText: 'Nothing was overwritten' }).waitFor();
  await row.getByText('Checked against the ministry feed.').waitFor();
  expect((await h.api<Claim>('GET', `/claims/${claim.id}`)).review.state).toBe('pending');

  // Having seen their version, the editor approves it.
  await row.getByRole('button', { name: 'Approve' }).click();
  await expect.poll(async () => (await h.api<Claim>('GET', `/claims/${claim.id}`)).review.state).toBe('approved');
  await expect.poll(() => row.getByRole('alert').count()).toBe(0);
});

it('refuses to disable the last editor and says so at the status', async () => {
  const { page } = h;
  await page.goto(`${h.url}/people`);
  const me = page.getByRole('row', { name: /Test Checker/ });
  await me.getByRole('button', { name: 'Disable' }).click();
  await me.getByRole('button', { name: 'Yes, disable' }).click();
  await me.getByRole('alert').filter({ hasText: 'at least one active editor' }).waitFor();
  await expect.poll(() => me.getByRole('cell', { name: /Active/ }).count()).toBe(1);
});

it('brings a deleted claim back with its own id, and its timeline records the undo', async () => {
  const { page } = h;
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  const demo = await articleDetail(h, summary!.id);
  const sentence = demo.sentences[1]!;
  const exact = sentence.text.trim();
  const start = sentence.start + sentence.text.indexOf(exact);
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, { start, end: start + exact.length, exact, sourceId: 'kremlin' });
  await page.goto(`${h.url}/articles/${demo.id}?claim=${claim.id}`);
  await page.getByRole('button', { name: 'Delete claim' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await h.api<Claim[]>('GET', `/claims?articleId=${demo.id}`)).map((c) => c.id)).toEqual([claim.id]);
  await page.getByText('History', { exact: true }).click();
  await expect
    .poll(timelineSteps)
    .toEqual(['Test Checker created the claim', 'Test Checker deleted the claim', 'Test Checker restored the claim']);
});

it('pages a long queue: 50 rows, then the next page by button or by j at the last row; My claims too', async () => {
  const { page } = h;
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  const demo = await articleDetail(h, summary!.id);
  const words = [...demo.text.matchAll(/\p{L}{3,}/gu)].slice(0, 62);
  for (const word of words) {
    await h.api('POST', `/articles/${demo.id}/claims`, {
      ...buildClaimBody(demo.text, word.index, word.index + word[0].length, { sourceId: 'kremlin' }),
      verdict: 'disputed',
    });
  }
  const rows = page.locator('.queue-row');
  await page.goto(`${h.url}/review`);
  await expect.poll(() => rows.count()).toBe(50);
  await page.getByText('Showing 50 of 62').waitFor();
  await page.getByRole('button', { name: 'Show more (12)' }).scrollIntoViewIfNeeded();
  await screenshot(h, 'review-more');

  // j from the last loaded row brings the next page in and makes its first claim the active row.
  await rows.nth(49).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  await expect.poll(() => rows.count()).toBe(62);
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.queue-row') === document.querySelectorAll('.queue-row')[50])).toBe(true);
  expect(await page.getByRole('button', { name: /Show more/ }).count()).toBe(0);

  // My claims: the same pages, with the count of all of them.
  await page.getByRole('link', { name: 'My claims' }).click();
  await page.getByText('62 claims').waitFor();
  await expect.poll(() => rows.count()).toBe(50);
  await page.getByRole('button', { name: 'Show more (12)' }).click();
  await expect.poll(() => rows.count()).toBe(62);
  expect(await page.getByText(/^Showing/).count()).toBe(0);
});
