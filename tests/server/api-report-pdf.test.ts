// The PDF report of the Arabic demo article (issue 15): its Arabic is text that pdftotext gives back (the claims'
// sentences, in reading order), the PDF is tagged, and its outline has a bookmark per claim.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortenClaim } from '../../domain/reports/claimreview.ts';
import { reportLabels } from '../../domain/reports/labels.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

const run = promisify(execFile);
let t: Awaited<ReturnType<typeof openTestApp>>;
let file: string;

/** Sentences of the demo dispatch, in reading order, each made a claim. */
const QUOTES = [
  'القصف المدفعي استمر على قطاعات عدة من خط المواجهة. العدو ضرب مناطق مأهولة بالصواريخ والمدفعية',
  'بوقف القتال في ناغورني قره باغ لأسباب إنسانية بهدف تبادل جثث القتلى والأسرى',
];

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * Text as compared: NFKC (presentation forms back to letters), its words in order, one space between them. Bidi
 * marks and punctuation are left out: pdftotext puts a full stop between Arabic words on either side of the space.
 * Words must come whole: a space inside one fails.
 */
const words = (s: string) =>
  s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\p{P}\s]+/gu, ' ').trim();

beforeAll(async () => {
  t = await openTestApp();
  const text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text as string;
  for (const q of QUOTES) {
    const start = text.indexOf(q);
    await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, start, start + q.length, { verdict: 'disputed' })).expect(201);
  }
  const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&lang=ar`).buffer(true).parse(binary).expect(200);
  file = join(t.dir, 'demo-ar.pdf');
  await writeFile(file, res.body as Buffer);
}, 60_000);
afterAll(() => t.cleanup());

describe('the PDF report of the Arabic demo article', () => {
  it('holds the claims\' Arabic sentences as text, in reading order', async () => {
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const extracted = words(stdout);
    for (const q of QUOTES) expect(extracted).toContain(words(q));
    expect(extracted.indexOf(words(QUOTES[0]!))).toBeLessThan(extracted.indexOf(words(QUOTES[1]!)));
  });

  it('is a tagged PDF with its title, author (the newsroom) and language', async () => {
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
    expect(stdout).toMatch(/^Tagged:\s+yes$/m);
    expect(stdout).toMatch(/^Title:\s+\S/m);
    const { newsroomName } = (await t.api.get('/api/settings').expect(200)).body as { newsroomName: string };
    expect(stdout).toMatch(new RegExp(`^Author:\\s+${newsroomName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    const raw = (await readFile(file)).toString('latin1');
    expect(raw).toMatch(/\/Lang \(ar\)/);
  });

  it('has an outline with a bookmark for each claim', async () => {
    const { stdout } = await run('pdftohtml', ['-xml', '-i', '-stdout', '-q', file]);
    const outline = /<outline>([\s\S]*)<\/outline>/.exec(stdout)?.[1] ?? '';
    // pdftohtml writes a heading's words in display order: compare them as sets
    const wordSet = (s: string) => words(s).split(' ').sort().join(' ');
    const items = [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => wordSet(m[1]!));
    // Each bookmark names its claim: the heading's number and the claim's first words (shortened, as in ClaimReview).
    const headings = QUOTES.map((q, i) => wordSet(`${reportLabels('ar').claimHeading(i + 1, String(i + 1))} ${shortenClaim(q, 'ar', 60)}`));
    expect(items.filter((i) => headings.includes(i))).toEqual(headings);
  });
});
