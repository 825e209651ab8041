// Markup is text, everywhere (issue 7, "The web surface"): an article, a source, a person, notes, evidence titles and a
// review comment full of script attempts are shown literally on every screen that shows them, in Chromium, under the
// server's Content-Security-Policy with no violation, no console error and no dialog; javascript: links are refused.
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Claim } from '../../domain/schemas.ts';
import { openHarness, screenshot, type Harness } from './harness.ts';
import {
  EVIDENCE_TITLES,
  HOSTILE_OUTLET,
  HOSTILE_PERSON,
  HOSTILE_SOURCE_ARABIC,
  HOSTILE_SOURCE_NAME,
  HOSTILE_TEXT,
  HOSTILE_TITLE,
  MALLORY_NOTE,
  MARKUP,
  NOTES,
  OVERRIDDEN_WORD,
  RETURN_COMMENT,
  expectInert,
  expectInertFrame,
  seedHostileDesk,
  watchPage,
  type HostileDesk,
} from './hostile-markup-fixture.ts';

let h: Harness;
let desk: HostileDesk;
let dialogs: string[];

beforeEach(async () => {
  h = await openHarness({ viewport: { width: 1440, height: 900 } });
  ({ dialogs } = await watchPage(h.page));
  desk = await seedHostileDesk(h);
});
afterEach(async () => {
  await h.close();
});

/** Waits until every literal is on screen as text inside `scope`. */
async function expectShown(scope: Locator, literals: readonly string[]) {
  for (const literal of literals) await scope.getByText(literal).first().waitFor();
}

/** The end of every screen: nothing ran or was parsed, no dialog, no CSP violation, nothing in the console. */
async function expectCleanRun() {
  await expectInert(h.page);
  expect(dialogs).toEqual([]);
  expect(h.errors).toEqual([]);
}

const timelineSteps = () =>
  h.page.getByRole('list', { name: 'Changes to this claim, oldest first' }).locator(':scope > li > p').allTextContents();

it('serves the app and the API with a strict CSP, nosniff and no X-Powered-By', async () => {
  for (const path of ['/', `/articles/${desk.article.id}`, '/api/health']) {
    const response = await fetch(`${h.url}${path}`);
    expect(response.status, path).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("script-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    expect(response.headers.get('x-powered-by'), path).toBeNull();
  }
});

it.each([
  'javascript:window.__pwned=8',
  'JavaScript:window.__pwned=8',
  'data:text/html,<script>window.__pwned=8</script>',
  'vbscript:msgbox(1)',
])('refuses %s as an evidence link or an article URL, and changes nothing', async (url) => {
  const [claim] = desk.claims as [Claim];
  const claimPath = `/articles/${desk.article.id}/claims`;
  const exact = claim.quote.exact;
  await expect(h.api('POST', claimPath, { start: claim.start, end: claim.end, exact, sourceId: 'kremlin', evidence: [{ url }] })).rejects.toThrow(
    /→ 400: .*"field":"evidence\.0\.url"/,
  );
  await expect(h.api('PATCH', `/claims/${claim.id}`, { version: claim.version, evidence: [{ url, title: 'x' }] })).rejects.toThrow(
    /→ 400: .*"field":"evidence\.0\.url"/,
  );
  await expect(h.api('PATCH', `/articles/${desk.article.id}`, { url })).rejects.toThrow(/→ 400: .*"field":"url"/);
  expect(await h.api<Claim>('GET', `/claims/${claim.id}`)).toEqual(claim);
  expect((await h.api<{ url: string }>('GET', `/articles/${desk.article.id}`)).url).toBe('https://example.org/hostile');
});

it('lists the hostile article with its title and outlet as text', async () => {
  const { page } = h;
  await page.goto(`${h.url}/`);
  const main = page.getByRole('main');
  await expectShown(main, [HOSTILE_TITLE, HOSTILE_OUTLET]);
  expect(await main.getByRole('link', { name: HOSTILE_TITLE }).getAttribute('href')).toBe(`/articles/${desk.article.id}`);
  await expectCleanRun();
});

it('shows the article, its claims, the source list, suggestions and timelines as text in the workbench', async () => {
  const { page } = h;
  const [disputed, returned, , edited] = desk.claims as [Claim, Claim, Claim, Claim];
  await page.goto(`${h.url}/articles/${desk.article.id}?claim=${disputed.id}`);
  await page.getByRole('article').waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));

  // The heading and the text, every attempt in it, and the overridden word kept as stored.
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(HOSTILE_TITLE);
  await page.getByText(HOSTILE_OUTLET).waitFor();
  await expectShown(page.getByRole('article'), [...Object.values(MARKUP), OVERRIDDEN_WORD]);
  expect(await page.getByRole('article').textContent()).toContain(OVERRIDDEN_WORD);

  // The claim list: quotes and notes; the selected claim: its evidence title and its note, as typed.
  const list = page.getByRole('listbox', { name: 'Claims in this article' });
  await expectShown(list, [MARKUP.svg, MARKUP.link, MARKUP.template, MARKUP.textarea, NOTES[0]!, NOTES[1]!, NOTES[2]!, MALLORY_NOTE, HOSTILE_SOURCE_NAME]);
  const selected = page.getByRole('region', { name: 'Selected claim' });
  await expectShown(selected, [EVIDENCE_TITLES[0]!]);
  expect(await selected.getByRole('link', { name: EVIDENCE_TITLES[0] }).getAttribute('href')).toBe('https://example.org/a');
  expect(await selected.getByLabel('Note', { exact: true }).inputValue()).toBe(NOTES[0]);

  // Suggestions: the Kremlin's statement with the image tag, the hostile source's quotation with the script tag.
  const suggestions = page.getByRole('region', { name: /^Suggestions/ });
  await expectShown(suggestions.getByRole('group', { name: 'Suggestion: Kremlin' }), [MARKUP.img]);
  await expectShown(suggestions.getByRole('group', { name: `Suggestion: ${HOSTILE_SOURCE_NAME}` }), [MARKUP.script]);
  await screenshot(h, 'hostile-markup-workbench');

  // The source combobox lists the hostile source by its name and its Arabic name.
  const combobox = selected.getByRole('combobox', { name: 'Source' });
  expect(await combobox.inputValue()).toBe(HOSTILE_SOURCE_NAME);
  await combobox.click();
  await expectShown(page.getByRole('listbox', { name: 'Sources' }), [HOSTILE_SOURCE_NAME, HOSTILE_SOURCE_ARABIC]);
  await expectInert(page);
  await page.keyboard.press('Escape');

  // A javascript: link typed into the evidence form is refused before it is sent.
  await selected.getByLabel('Link', { exact: true }).fill('javascript:window.__pwned=8');
  await selected.getByRole('button', { name: 'Add link' }).click();
  await expect.poll(() => selected.getByRole('alert').textContent()).toContain('must be an http(s) URL');
  expect((await h.api<Claim>('GET', `/claims/${disputed.id}`)).evidence).toEqual(disputed.evidence);

  // Timelines name the person whose name is markup, the hostile source, the hostile note and comment, as text.
  await page.goto(`${h.url}/articles/${desk.article.id}?claim=${edited.id}`);
  await selected.getByText('History', { exact: true }).click();
  await expect
    .poll(timelineSteps)
    .toEqual([
      'Test Checker created the claim',
      `${HOSTILE_PERSON.displayName} changed the source from Kremlin to ${HOSTILE_SOURCE_NAME}`,
      `${HOSTILE_PERSON.displayName} edited the note`,
    ]);
  await expectShown(page.getByRole('list', { name: 'Changes to this claim, oldest first' }), [MALLORY_NOTE]);
  await expectInert(page);
  await page.goto(`${h.url}/articles/${desk.article.id}?claim=${returned.id}`);
  await selected.getByText('History', { exact: true }).click();
  await expect.poll(timelineSteps).toEqual(['Test Checker created the claim', `${HOSTILE_PERSON.displayName} returned the claim`]);
  await expectShown(page.getByRole('list', { name: 'Changes to this claim, oldest first' }), [RETURN_COMMENT]);
  await expectShown(selected, [EVIDENCE_TITLES[1]!, RETURN_COMMENT]);
  await expectCleanRun();
});

it('shows hostile quotes, notes, source names and titles as text in the review queue and its chart', async () => {
  const { page } = h;
  await page.goto(`${h.url}/review`);
  const queue = page.getByRole('list', { name: 'Claims to review' });
  const rows = queue.locator(':scope > li');
  await expect.poll(() => rows.count()).toBe(4);
  await expectShown(queue, [`by ${HOSTILE_PERSON.displayName}`, RETURN_COMMENT, MARKUP.link, MARKUP.svg, MARKUP.textarea, OVERRIDDEN_WORD, NOTES[0]!, NOTES[2]!, MALLORY_NOTE, HOSTILE_SOURCE_NAME, HOSTILE_SOURCE_ARABIC, HOSTILE_TITLE, EVIDENCE_TITLES[0]!]);

  const chart = page.getByRole('figure', { name: /Claims by source and verdict/ });
  await expectShown(chart, [HOSTILE_SOURCE_NAME, HOSTILE_SOURCE_ARABIC]);
  await expectInert(page);
  // Its bar still filters by the hostile source's id: three of the four disputed claims are the ministry's.
  // The bar's name is its visible label, then the counts (after any name in the other script).
  const barName = new RegExp(`^${HOSTILE_SOURCE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*Disputed: 3`);
  await chart.getByRole('button', { name: barName }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get('sourceId')).toBe(desk.source.id);
  await expect.poll(() => rows.count()).toBe(3);
  await expectCleanRun();
});

it('shows the returning editor’s name and comment as text in My claims, and the name on People', async () => {
  const { page } = h;
  await page.goto(`${h.url}/mine`);
  const mine = page.getByRole('list', { name: 'My claims, returned first' }).locator(':scope > li');
  await expect.poll(() => mine.count()).toBe(4);
  await expectShown(mine.first(), [`Returned by ${HOSTILE_PERSON.displayName}`, RETURN_COMMENT, MARKUP.link, NOTES[1]!, EVIDENCE_TITLES[1]!, HOSTILE_TITLE]);
  await expectInert(page);

  await page.goto(`${h.url}/people`);
  const row = page.getByRole('row', { name: HOSTILE_PERSON.displayName });
  await expectShown(row, [HOSTILE_PERSON.displayName]);
  expect(await row.getByRole('combobox', { name: `Role of ${HOSTILE_PERSON.displayName}` }).inputValue()).toBe('editor');
  await expectCleanRun();
});

it('shows the hostile article as text in the sandboxed report preview', async () => {
  const { page } = h;
  await page.goto(`${h.url}/export?articleId=${desk.article.id}`);
  await page.getByRole('status').filter({ hasText: '4 claims in this report' }).waitFor();
  const frame = page.frameLocator('iframe[title="Report preview"]');
  await frame.getByText(NOTES[0]!).first().waitFor();
  for (const literal of [HOSTILE_TITLE, MARKUP.svg, MARKUP.link, MARKUP.template, MARKUP.textarea, NOTES[0]!, NOTES[1]!, NOTES[2]!, MALLORY_NOTE, EVIDENCE_TITLES[0]!, HOSTILE_SOURCE_NAME]) {
    expect(await frame.getByText(literal).count(), literal).toBeGreaterThan(0);
  }
  expect(await page.getByTitle('Report preview').getAttribute('sandbox')).toBe('');
  await expectInertFrame(frame);
  await expectCleanRun();
});

it('previews pasted hostile text sentence by sentence, as text, and names the article it duplicates', async () => {
  const { page } = h;
  await page.goto(`${h.url}/articles/new`);
  await page.getByLabel('Article text').fill(HOSTILE_TEXT);
  await page.getByLabel('Title', { exact: true }).fill(HOSTILE_TITLE);
  const sentences = page.getByRole('list', { name: 'Sentences' });
  await expect.poll(() => sentences.getByRole('listitem').count()).toBe(6);
  await expectShown(sentences, [...Object.values(MARKUP), OVERRIDDEN_WORD]);
  const duplicate = page.getByRole('status').filter({ hasText: 'Already added as' });
  expect(await duplicate.getByRole('link', { name: HOSTILE_TITLE }).getAttribute('href')).toBe(`/articles/${desk.article.id}`);
  await expectCleanRun();
});
