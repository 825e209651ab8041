// A verdict added to the desk's rating scale through the API (PUT /api/rating-scale, as the editor) appears everywhere
// with no code change (issue 18): the workbench's verdict buttons, its shortcut on the active claim, its mark in the
// text, the queue's verdict filter, the desk chart, and the CSV, HTML report and ClaimReview exports.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { RATING_SCALE_PRESETS, type RatingScale } from '../../domain/rating-scale.ts';
import type { ArticleDetail, ArticleSummary, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { articleDetail, highlightedTexts, openArticle, openHarness, screenshot, type Harness } from './harness.ts';

const FALSE = RATING_SCALE_PRESETS.find((v) => v.key === 'false')!;

let h: Harness;
let demo: ArticleDetail;
let claim: Claim;

beforeEach(async () => {
  h = await openHarness({ viewport: { width: 1440, height: 900 } });
  const [summary] = await h.api<ArticleSummary[]>('GET', '/articles');
  demo = await articleDetail(h, summary!.id);
  const scale = await h.api<RatingScale>('GET', '/rating-scale');
  const { version, verdicts, worstRating, bestRating } = scale;
  const saved = await h.api<RatingScale>('PUT', '/rating-scale', { version, worstRating, bestRating, verdicts: [...verdicts, FALSE] });
  expect(saved.verdicts.map((v) => v.key)).toEqual([...verdicts.map((v) => v.key), 'false']);
  const sentence = demo.sentences[0]!;
  const exact = sentence.text.trim();
  const start = sentence.start + sentence.text.indexOf(exact);
  claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, buildClaimBody(demo.text, start, start + exact.length, { sourceId: 'kremlin' }));
});
afterEach(async () => {
  await h.close();
});

it('finds an added verdict in the workbench, sets it by its shortcut, and marks the text with it', async () => {
  const { page } = h;
  await openArticle(h, demo.id);
  await page.keyboard.press('n'); // the first claim becomes the active one
  const buttons = page.getByRole('group', { name: 'Verdict' });
  const falseButton = buttons.getByRole('button', { name: 'False' });
  await falseButton.waitFor();
  expect(await falseButton.getAttribute('aria-keyshortcuts')).toBe('4 f');
  expect(await falseButton.textContent()).toContain(FALSE.sign);
  await page.keyboard.press('f');
  await expect.poll(async () => (await h.api<Claim>('GET', `/claims/${claim.id}`)).verdict).toBe('false');
  expect(await falseButton.getAttribute('aria-pressed')).toBe('true');
  // Its mark: a highlight of its own, painted by a rule written from the scale (its colour and a line style).
  await page.waitForFunction(() => CSS.highlights.get('verdict-false')?.size === 1);
  expect(await highlightedTexts(page, 'verdict-false')).toEqual([claim.quote.exact]);
  const rule = await page.locator('style[data-verdict-styles]').textContent();
  expect(rule).toContain(`::highlight(verdict-false) { background-color: ${FALSE.colour}33; text-decoration: underline`);
  await screenshot(h, 'rating-scale-workbench');
  expect(h.errors).toEqual([]);
});

it('offers the added verdict in the queue filter and the desk chart, and exports it in CSV, HTML and ClaimReview', async () => {
  const { page } = h;
  const rated = await h.api<Claim>('PATCH', `/claims/${claim.id}`, { version: claim.version, verdict: 'false' });
  await h.api('POST', `/claims/${claim.id}/review`, { decision: 'approve', version: rated.version });

  await page.goto(`${h.url}/review`);
  const filter = page.getByLabel('Verdict', { exact: true });
  await filter.selectOption({ label: 'False' });
  await expect.poll(() => new URL(page.url()).searchParams.get('verdict')).toBe('false');
  const rows = page.getByRole('list', { name: 'Claims to review' }).getByRole('listitem');
  await rows.filter({ hasText: claim.quote.exact.slice(0, 20) }).first().waitFor();
  expect(await rows.count()).toBe(1);
  // The chart: a legend entry with the verdict's sign, and a part of the source's bar in its colour and pattern.
  const chart = page.locator('figure.desk-chart');
  await chart.locator('.chart-legend li[data-verdict="false"]').filter({ hasText: 'False' }).waitFor();
  expect(await chart.locator('.chart-legend li[data-verdict="false"] .legend-swatch').textContent()).toBe(FALSE.sign);
  expect(await chart.locator('svg g[data-verdict="false"] rect').count()).toBe(2);
  expect(await chart.getByRole('button', { name: /False: 1/ }).count()).toBe(1);
  await screenshot(h, 'rating-scale-queue');

  const report = async (format: string) => {
    const response = await page.request.get(`${h.url}/api/reports?format=${format}&articleId=${demo.id}&approved=all`);
    expect(response.status(), format).toBe(200);
    return response.text();
  };
  const csv = await report('csv');
  expect(csv.split('\n').find((line) => line.includes(claim.id))).toMatch(/\bfalse\b|False/);
  const html = await report('html');
  expect(html).toContain(`class="badge v-false" data-sign="${FALSE.sign}"`);
  expect(html).toMatch(/class="badge v-false"[^>]*>False</);
  await h.api('PATCH', '/settings', { newsroomName: 'Desk', newsroomUrl: 'https://desk.example.org/', publicBaseUrl: 'https://desk.example.org' });
  // ClaimReview is of published claims: the public page's, its verdict frozen from the scale.
  await h.api('POST', `/articles/${demo.id}/publication`, {});
  const claimReview = JSON.parse(await report('claimreview')) as unknown;
  const ratings = JSON.stringify(claimReview);
  // The review speaks the article's language (Arabic here): the verdict's Arabic ClaimReview name.
  expect(ratings).toContain(`"alternateName":"${FALSE.rating!.alternateName.ar}"`);
  expect(ratings).toContain(`"ratingValue":${FALSE.rating!.value}`);
  expect(h.errors).toEqual([]);
});
