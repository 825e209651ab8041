// A save that fails (the server is gone) is shown at the claim with the reason, and what the user typed stays.
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail } from '../../domain/schemas.ts';
import { openOnDemoArticle, pointAtOffset, type Harness } from './harness.ts';

let h: Harness;
let demo: ArticleDetail;

beforeEach(async () => {
  ({ h, demo } = await openOnDemoArticle());
});
afterEach(async () => {
  await h.close();
});

it('shows the failure at the claim and keeps the typed note when the server is stopped', async () => {
  const { page } = h;
  const sentence = demo.sentences[2]!;
  const at = await pointAtOffset(page, sentence.start + 3);
  await page.mouse.click(at.x, at.y);
  await page.getByRole('button', { name: 'Make claim' }).click();
  const editor = page.getByRole('region', { name: 'Selected claim' });
  await editor.waitFor();

  await h.stopServer();
  const note = 'Checked the Élysée readout: the quote matches, the timing does not.';
  await page.getByLabel('Note').fill(note);
  const failure = editor.getByRole('alert').filter({ hasText: 'Not saved' });
  await failure.waitFor();
  expect(await failure.textContent()).toContain('Could not reach the server');
  await editor.getByRole('status').filter({ hasText: 'Not saved' }).waitFor();
  expect(await page.getByLabel('Note').inputValue()).toBe(note);
  await editor.getByRole('button', { name: 'Retry' }).waitFor();
});
