// Two people on one claim: a change made from an old version is refused by the server, the workbench shows both
// versions, nothing is overwritten until the user chooses, and "Keep mine" then saves over the newer version.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Claim } from '../../domain/schemas.ts';
import { claimsOf, openOnDemoArticle, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;

beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

it('shows both versions of a claim someone else changed meanwhile and overwrites nothing until asked', async () => {
  const { page } = h;
  const sentence = demo.sentences[5]!;
  const claim = await h.api<Claim>('POST', `/articles/${demo.id}/claims`, {
    start: sentence.start,
    end: sentence.end,
    exact: sentence.text,
    sourceId: 'armenian-government',
  });
  await page.goto(`${h.url}/articles/${demo.id}?claim=${claim.id}`);
  const editor = page.getByRole('region', { name: 'Selected claim' });
  await editor.getByRole('button', { name: 'Disputed' }).waitFor();

  // Someone else marks it corroborated while this page still holds version 1.
  await h.api('PATCH', `/claims/${claim.id}`, { version: 1, verdict: 'corroborated' });
  await editor.getByRole('button', { name: 'Disputed' }).click();

  const alert = editor.getByRole('alert').filter({ hasText: 'Someone else changed this claim' });
  await alert.waitFor();
  expect(await alert.getByRole('region', { name: 'Your version' }).or(alert.locator('section', { hasText: 'Your version' })).first().textContent()).toContain('Disputed');
  expect(await alert.locator('section', { hasText: 'Their version' }).textContent()).toContain('Corroborated');
  expect((await claimsOf(h, demo.id)).map((c) => [c.verdict, c.version])).toEqual([['corroborated', 2]]);

  await alert.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(async () => (await claimsOf(h, demo.id)).map((c) => [c.verdict, c.version])).toEqual([['disputed', 3]]);
  await alert.waitFor({ state: 'hidden' });
  expect(h.errors.filter((e) => !/409/.test(e))).toEqual([]);
});
