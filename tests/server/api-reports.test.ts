// Reports through the API: every format with its content type and file name, scopes, approved-only publication (and
// ClaimReview of the published claim only), a PDF whose text holds the Arabic quotes in logical order, and the
// publication package.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/schemas.ts';
import { createApp } from '../../server/app.ts';
import { createPdfRenderer } from '../../server/reports/pdf-renderer.ts';
import { createReportBuilder, type ReportBuilder } from '../../server/reports/report-builder.ts';
import { buildClaimBody } from '../support/builders.ts';
import { formatInfo, REPORT_FORMATS } from '../../domain/reports/formats.ts';
import { DEMO_ID, TEST_PASSWORD_COST, openTestApp, signIn, setNewsroom } from '../support/test-app.ts';
import { isolate } from '../../domain/bidi.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let text: string;
const quotes = ['بوقف القتال في ناغورني قره باغ لأسباب إنسانية', 'القصف المدفعي استمر على قطاعات عدة من خط المواجهة'];
let claims: Claim[];

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

beforeAll(async () => {
  t = await openTestApp();
  await setNewsroom(t.api);
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  claims = [];
  for (const [i, q] of quotes.entries()) {
    const start = text.indexOf(q);
    const body = buildClaimBody(text, start, start + q.length, {
      sourceId: i === 0 ? 'kremlin' : 'armenian-government',
      verdict: 'disputed',
      note: i === 0 ? '<script>alert(1)</script> "><img src=x onerror=alert(1)>' : '=HYPERLINK("http://evil")',
    });
    claims.push((await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(body).expect(201)).body);
  }
  await t.api.post(`/api/claims/${claims[0]!.id}/review`).send({ decision: 'approve', version: claims[0]!.version }).expect(200);
  // Its public page, which ClaimReview points at: the approved claim only.
  await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201);
});
afterAll(() => t.cleanup());

describe('GET /api/reports in the report language', () => {
  /** Espace fine insécable: what French puts before a colon and inside guillemets. */
  const NB = '\u202F';

  it('answers a French HTML report, left to right, with the Arabic quotes kept right to left', async () => {
    const res = await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}&lang=fr`).expect(200);
    expect(res.text).toContain('<html lang="fr" dir="ltr">');
    expect(res.text).toContain('<p class="kind">Rapport de vérification</p>');
    expect(res.text).toContain('<h2 id="summary-h">Synthèse</h2>');
    expect(res.text).toContain(`Toutes les affirmations${NB}: article «${NB}`);
    for (const q of quotes) expect(res.text).toMatch(new RegExp(`<blockquote lang="ar" dir="rtl">${q}`));
  });

  it('answers an Arabic HTML report, right to left', async () => {
    const res = await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}&lang=ar`).expect(200);
    expect(res.text).toContain('<html lang="ar" dir="rtl">');
    expect(res.text).toContain('<p class="kind">تقرير التحقق</p>');
    expect(res.text).toContain('<h2 id="summary-h">الملخص</h2>');
  });

  it('titles and scopes a report across articles in its language', async () => {
    const html = (await t.api.get('/api/reports?format=html&verdict=disputed&lang=fr').expect(200)).text;
    expect(html).toContain('<h1 dir="auto">Rapport de vérification (2 affirmations)</h1>');
    expect(html).toContain(`Toutes les affirmations${NB}: verdict «${NB}Contestée${NB}»`);
    const json = (await t.api.get('/api/reports?format=json&verdict=disputed&sourceId=kremlin&lang=ar').expect(200)).body;
    expect(json.title).toBe('تقرير التحقق (ادعاء واحد)');
    expect(json.scope).toBe(`كل الادعاءات: الحكم «مُتنازَع عليه»، المصدر «${isolate('الكرملين')}»`);
  });

  it('answers Markdown in French', async () => {
    const res = await t.api.get(`/api/reports?format=md&articleId=${DEMO_ID}&lang=fr`).expect(200);
    expect(res.text).toMatch(new RegExp(`^# Rapport de vérification${NB}: `));
    expect(res.text).toContain('## Synthèse\n\n2 affirmations\n');
    expect(res.text).toContain(`- **Verdict${NB}:** Contestée`);
  });

  it('refuses a language it has no template for, naming the field', async () => {
    const res = await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}&lang=de`).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field: 'lang', params: { issue: 'invalid_value', values: 'en,fr,ar' } });
  });

  it('prints an Arabic-template PDF whose headings are set in Amiri, bold included', async () => {
    const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&lang=ar`).buffer(true).parse(binary).expect(200);
    const file = join(t.dir, 'report-ar.pdf');
    await writeFile(file, res.body as Buffer);
    const { stdout: fonts } = await promisify(execFile)('pdffonts', [file]);
    expect(fonts).toMatch(/Amiri-Regular/);
    expect(fonts).toMatch(/Amiri-Bold/);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
    const letters = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
    for (const heading of ['تقرير التحقق', 'الملخص', 'الادعاءات حسب المصدر']) expect(letters(stdout)).toContain(letters(heading));
  });
});

describe('GET /api/reports', () => {
  // Every format of the registry but the printed ones (their own tests print them), as the registry describes it.
  it.each(REPORT_FORMATS.filter((f) => !formatInfo(f).parted).map((f) => [f, formatInfo(f).mediaType, formatInfo(f).extension]))(
    'answers %s with its content type and a file name of the article and date',
    async (format, type, ext) => {
    const res = await t.api.get(`/api/reports?format=${format}&articleId=${DEMO_ID}`).expect(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="?afp-karabakh-2020-10-09-ar-\\d{4}-\\d{2}-\\d{2}\\.${ext.replace('.', '\\.')}"?$`));
    },
  );

  it('exports CSV that gives back every Arabic quote exactly, with formulas neutralised', async () => {
    const res = await t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}`).expect(200);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(res.text.slice(1), { header: true, skipEmptyLines: true }).data;
    const quoteColumn = Object.keys(rows[0]!).find((k) => /quote/.test(k))!;
    expect(rows.map((r) => r[quoteColumn]).sort()).toEqual([...quotes].sort());
    expect(res.text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it.each([[' =1+1'], ['\t=1+1'], ['\n+1+2'], ['\uFF1DHYPERLINK("http://evil")'], ['\u3000\uFF20SUM(A1:A2)']])(
    'neutralises a note that a spreadsheet would run as a formula, after blanks or in fullwidth: %j',
    async (hostile) => {
      const current = (await t.api.get(`/api/claims/${claims[1]!.id}`).expect(200)).body as Claim;
      await t.api.patch(`/api/claims/${current.id}`).send({ version: current.version, note: hostile }).expect(200);
      const res = await t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}&approved=all`).expect(200);
      const rows = Papa.parse<Record<string, string>>(res.text.slice(1), { header: true, skipEmptyLines: true }).data;
      expect(rows.find((r) => r.claim_id === current.id)?.note).toBe(`'${hostile}`);
    },
  );

  it('escapes hostile notes in the HTML report', async () => {
    const res = await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}`).expect(200);
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(res.text).not.toMatch(/<script>alert|<img src=x/);
    expect(res.text).toMatch(/<blockquote[^>]*lang="ar"[^>]*dir="rtl"|<blockquote[^>]*dir="rtl"[^>]*lang="ar"/);
  });

  it('publishes ClaimReview only for approved claims on the public page; unless all are asked for, counts only those left out', async () => {
    const res = await t.api.get('/api/reports?format=claimreview&verdict=disputed').expect(200);
    const only = JSON.parse(res.text);
    expect(only['@graph']).toHaveLength(1);
    expect(only['@graph'][0].itemReviewed.text).toBe(quotes[0]);
    expect(res.headers['x-claimdesk-unpublished-claims']).toBe('0');
    // All: the claim not approved is on no page either, so it is left out, and counted.
    const all = await t.api.get('/api/reports?format=claimreview&verdict=disputed&approved=all').expect(200);
    expect(JSON.parse(all.text)['@graph']).toEqual(only['@graph']);
    expect(all.headers['x-claimdesk-unpublished-claims']).toBe('1');
    const json = (await t.api.get('/api/reports?format=json&verdict=disputed&approved=only').expect(200)).body;
    expect(json.claims).toHaveLength(1);
    const every = await t.api.get('/api/reports?format=json&verdict=disputed').expect(200);
    expect(every.body.claims).toHaveLength(2);
    expect(every.headers['x-claimdesk-unpublished-claims']).toBeUndefined(); // not a publication format
  });

  it('filters by source across articles, like the queue', async () => {
    const res = await t.api.get('/api/reports?format=json&sourceId=kremlin').expect(200);
    expect(res.body.claims.map((c: Claim) => c.id)).toEqual([claims[0]!.id]);
    expect(res.headers['content-disposition']).toMatch(/afp-karabakh/);
  });

  it('prints a PDF whose text holds the Arabic quotes in logical order', async () => {
    const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(t.dir, 'report.pdf');
    await writeFile(file, body);
    const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
    // pdftotext splits Chromium's Arabic glyph runs with stray spaces and bidi marks, so compare letters only:
    // the letters must still come in logical (reading) order, which a reversed or visual-order text would fail.
    const letters = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '');
    for (const q of quotes) expect(letters(stdout)).toContain(letters(q));
    expect(letters(stdout)).not.toContain(letters([...quotes[0]!].reverse().join('')));
  });

  it('packs the publication package: reports, ClaimReview, Web Annotations and each claim history', async () => {
    const res = await t.api.get(`/api/reports?format=package&articleId=${DEMO_ID}&approved=all`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const files = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(res.body as Buffer))).filter(([name]) => !name.endsWith('/')));
    expect(Object.keys(files).sort()).toEqual(
      ['annotations.jsonld', 'claimreview.jsonld', 'claims.csv', 'claims.json', 'report.html', 'report.pdf', ...claims.map((c) => `history/${c.id}.json`)].sort(),
    );
    const history = JSON.parse(strFromU8(files[`history/${claims[0]!.id}.json`]!));
    expect(history.map((e: { action: string }) => e.action)).toEqual(['create', 'review', 'publish']);
    // Its ClaimReview: the published claim's, as its public page has it; the other is on no page, and counted.
    const graph = JSON.parse(strFromU8(files['claimreview.jsonld']!))['@graph'];
    expect(graph.map((r: { url: string }) => r.url)).toEqual([`https://facts.example.org/v/${DEMO_ID}#claim-1`]);
    expect(res.headers['x-claimdesk-unpublished-claims']).toBe('1');
  });

  it('refuses an unknown format, naming the field', async () => {
    const res = await t.api.get('/api/reports?format=docx').expect(400);
    expect(res.body.error.field).toBe('format');
  });

  it('says clearly when Chromium is missing for a PDF', async () => {
    const missing = createPdfRenderer('/nonexistent/chromium');
    const app = createApp({ store: t.store, pdf: missing, clientDir: null, passwordCost: TEST_PASSWORD_COST });
    const agent = await signIn(app, 'editor');
    const res = await agent.get(`/api/reports?format=pdf&articleId=${DEMO_ID}`).expect(503);
    expect(res.body.error).toMatchObject({ code: 'pdf_unavailable', field: 'format' });
    expect(res.body.error.message).toMatch(/chromium/i);
  });
});

describe('a large export', () => {
  it('is built off the event loop: the loop turns while the report is still being built', async () => {
    // Around the real builder: note when the event loop turns after a build starts, and when the build ends.
    const events: string[] = [];
    const real = createReportBuilder();
    const builder: ReportBuilder = {
      build: (job) => {
        const file = real.build(job);
        setImmediate(() => events.push('event loop turned'));
        void file.then(() => events.push('report built'));
        return file;
      },
      close: () => real.close(),
    };
    const big = await openTestApp(undefined, { reportBuilder: builder });
    try {
      const demo = (await big.store.read.articles.find(DEMO_ID))!;
      await big.replaceClaims(Array.from({ length: 6000 }, (_, i) => ({ ...claims[0]!, id: `bulk-${i}`, articleId: demo.id, note: `bulk note ${i} `.repeat(10) })));
      const res = await big.api.get(`/api/reports?format=html&articleId=${demo.id}`).expect(200);
      expect(res.text).toContain('bulk note 5999');
      // A build on the event loop would finish before the loop could turn.
      expect(events).toEqual(['event loop turned', 'report built']);
    } finally {
      await big.cleanup();
    }
    // 6000 claims inserted and rendered: several seconds on a loaded 2-core machine, more than vitest's 5 s default.
  }, 30_000);
});
