// Large exports through the API (issue 13, findings 9 and 10): data exports streamed with the same content as one
// JSON.stringify, a PDF or package past the per-file cap asked for in parts, one export per person and a few per
// server (429 with Retry-After, freed on finish and on client abort), and no "</script>" in any JSON export.
import Papa from 'papaparse';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteAt } from '../../domain/anchoring.ts';
import { LIMITS } from '../../domain/limits.ts';
import { ReportQuerySchema } from '../../domain/requests.ts';
import { buildJson } from '../../domain/reports/json.ts';
import { buildWebAnnotations } from '../../domain/reports/web-annotation.ts';
import type { Claim } from '../../domain/schemas.ts';
import { createExportLimiter, type ExportLimiter } from '../../server/reports/export-limiter.ts';
import type { PdfRenderer } from '../../server/reports/pdf-renderer.ts';
import { buildReportInput } from '../../server/reports/report-scope.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, setNewsroom } from '../support/test-app.ts';

const HOSTILE = '</script><script>alert(1)</script>';
/** Without compression, a body sent whole has a Content-Length; a streamed one is chunked. */
const IDENTITY = { 'Accept-Encoding': 'identity' };
/** More claims than one PDF may hold: three parts. */
const CLAIMS = LIMITS.reportPartClaims * 2 + LIMITS.reportPartClaims / 2;

interface Render {
  html: string;
  finish: () => void;
  aborted: Promise<void>;
}

/** A PDF renderer that prints at once, or holds each print until the test finishes it; it notes the HTML it got. */
function fakePdf() {
  const started: Array<(render: Render) => void> = [];
  const renders: Render[] = [];
  let hold = false;
  const renderer: PdfRenderer = {
    render: (html, signal) =>
      new Promise((resolve, reject) => {
        let onAbort!: () => void;
        const aborted = new Promise<void>((r) => (onAbort = r));
        signal?.addEventListener('abort', () => {
          onAbort();
          reject(new Error('aborted'));
        });
        // Larger than compression's threshold, so that a compressed PDF would show.
        const render = { html, finish: () => resolve(Buffer.from(`%PDF-1.7 fake ${'0'.repeat(8192)}`)), aborted };
        renders.push(render);
        started.shift()?.(render);
        if (!hold) render.finish();
      }),
    close: async () => undefined,
  };
  return {
    renderer,
    renders,
    hold: (on: boolean) => (hold = on),
    /** Resolves when the next print starts. */
    nextRender: () => new Promise<Render>((resolve) => started.push(resolve)),
  };
}

/** The limiter, telling the test each time a slot is freed. */
function observedLimiter() {
  const limiter = createExportLimiter();
  const freed: Array<() => void> = [];
  const observed: ExportLimiter = {
    ...limiter,
    acquire: (userId, purpose) => {
      const release = limiter.acquire(userId, purpose);
      return () => {
        release();
        freed.shift()?.();
      };
    },
  };
  return { limiter: observed, nextRelease: () => new Promise<void>((resolve) => freed.push(resolve)) };
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

let t: Awaited<ReturnType<typeof openTestApp>>;
const pdf = fakePdf();
const slots = observedLimiter();

beforeAll(async () => {
  t = await openTestApp(undefined, { pdf: pdf.renderer, exportLimiter: slots.limiter });
  await setNewsroom(t.api);
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const words = [...text.matchAll(/\S+/g)];
  const model: Claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, words[0]![0].length)).expect(201)).body;
  const approved = { state: 'approved' as const, comment: '', decidedBy: model.createdBy, decidedAt: model.createdAt };
  await t.replaceClaims(Array.from({ length: CLAIMS }, (_, i) => {
        const word = words[i % words.length]!;
        const start = word.index;
        return {
          ...model,
          id: `bulk-${String(i).padStart(5, '0')}`,
          start,
          end: start + word[0].length,
          quote: quoteAt(text, { start, end: start + word[0].length }),
          verdict: i % 2 ? ('disputed' as const) : ('corroborated' as const),
          note: i === 7 ? HOSTILE : `note ${i}, "quoted"`,
          review: approved,
        };
      }));
}, 60_000);
afterAll(() => t.cleanup());

/** The report input the server builds for `query`, with the time and base URL the response shows. */
const inputFor = (query: Record<string, string>, generatedAt: string, baseUrl = 'http://unused') =>
  buildReportInput(t.store.read, ReportQuerySchema.parse(query), baseUrl, generatedAt);

describe('streamed data exports of a few thousand claims', () => {
  it('sends the JSON export as it is made, byte for byte as one JSON.stringify of the same document', async () => {
    const res = await t.api.get(`/api/reports?format=json&articleId=${DEMO_ID}`).set(IDENTITY).expect(200);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-encoding']).toBeUndefined();
    const doc = JSON.parse(res.text);
    expect(doc.claims).toHaveLength(CLAIMS);
    const expected = buildJson(await inputFor({ format: 'json', articleId: DEMO_ID }, doc.generatedAt));
    expect(doc).toEqual(JSON.parse(JSON.stringify(expected)));
    // Only the hostile note differs from one JSON.stringify: its "<" and ">" are escaped.
    expect(res.text).toBe((JSON.stringify(expected, null, 2) + '\n').replace(HOSTILE, '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'));
  });

  it('sends the Web Annotation export as it is made, the same collection as built whole', async () => {
    const res = await t.api.get(`/api/reports?format=webannotation&articleId=${DEMO_ID}`).set(IDENTITY).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    const collection = JSON.parse(res.text);
    // Every claim is approved: its assessment, then the editor's moderating annotation of it.
    expect(collection.total).toBe(2 * CLAIMS);
    expect(collection.first.items.filter((a: { motivation: string }) => a.motivation === 'moderating')).toHaveLength(CLAIMS);
    // The same ids too: the streamed export is named from the store's digest before its claims are read.
    const expected = buildWebAnnotations(await inputFor({ format: 'webannotation', articleId: DEMO_ID }, collection.generated, collection.generator.id ?? ''));
    expect(collection).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('sends the CSV export as it is made: every claim once, in reading order, as a CSV parser reads it back', async () => {
    const res = await t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}`).set(IDENTITY).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const { data, errors } = Papa.parse<Record<string, string>>(res.text.slice(1), { header: true, skipEmptyLines: true });
    expect(errors).toEqual([]);
    const expected = buildJson(await inputFor({ format: 'csv', articleId: DEMO_ID }, '2026-01-01T00:00:00.000Z')).claims;
    expect(data.map((row) => [row.claim_id, row.quote, row.note])).toEqual(expected.map((c) => [c.id, c.quote.exact, c.note]));
  });

  it('sends the ClaimReview export as it is made, each claim as its public page embeds it', async () => {
    await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201);
    const res = await t.api.get(`/api/reports?format=claimreview&articleId=${DEMO_ID}`).set(IDENTITY).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['x-claimdesk-unpublished-claims']).toBe('0');
    const page = (await request(t.app).get(`/v/${DEMO_ID}`).expect(200)).text;
    const embedded = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => {
      const { '@context': _context, ...review } = JSON.parse(m[1]!);
      return review;
    });
    expect(embedded).toHaveLength(CLAIMS);
    expect(JSON.parse(res.text)['@graph']).toEqual(embedded);
  });
});

describe('JSON exports placed in HTML', () => {
  it.each(['json', 'claimreview', 'webannotation'])(
    'writes no "</script" in the %s export of a claim whose text holds one, and the text reads back whole',
    async (format) => {
      const text = `The spokesman wrote ${HOSTILE} in the statement. Nothing else was said in ${format}.`;
      const article = (await t.api.post('/api/articles').send(buildArticleBody({ text, title: `Hostile ${format}` })).expect(201)).body;
      const start = text.indexOf('wrote');
      const body = buildClaimBody(text, start, text.indexOf(' in the statement'), { note: HOSTILE, verdict: 'disputed' });
      const claim: Claim = (await t.api.post(`/api/articles/${article.id}/claims`).send(body).expect(201)).body;
      await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200);
      await t.api.post(`/api/articles/${article.id}/publication`).send({}).expect(201); // ClaimReview is of published claims
      const res = await t.api.get(`/api/reports?format=${format}&articleId=${article.id}`).expect(200);
      expect(res.text).not.toMatch(/<\/script/i);
      expect(res.text).toContain('\\u003c/script\\u003e');
      expect(JSON.stringify(JSON.parse(res.text))).toContain(`wrote ${HOSTILE}`);
    },
  );
});

describe('a PDF or package of more claims than one file holds', () => {
  it.each(['pdf', 'package'])('refuses the whole %s with 422, saying how many parts to ask for', async (format) => {
    const res = await t.api.get(`/api/reports?format=${format}&articleId=${DEMO_ID}&approved=all`).expect(422);
    expect(res.body.error).toMatchObject({ code: 'report_too_large', field: 'part', params: { count: CLAIMS, max: LIMITS.reportPartClaims, parts: 3 } });
    expect(res.body.error.message).toMatch(/part=1 to part=3/);
  });

  it('prints each part with its share of the claims, in reading order, named as a part', async () => {
    const rendered = pdf.renders.length;
    const last = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&part=3`).buffer(true).parse(binary).expect(200);
    expect(last.headers['content-disposition']).toMatch(/-part-3-of-3\.pdf"?$/);
    const html = pdf.renders[rendered]!.html;
    expect(html.match(/<section class="claim /g)).toHaveLength(CLAIMS - 2 * LIMITS.reportPartClaims);
    expect(html).toContain('(part 3 of 3)');
    const first = await t.api.get(`/api/reports?format=json&articleId=${DEMO_ID}&part=1`).expect(200);
    expect(first.body.claims).toHaveLength(LIMITS.reportPartClaims);
  });

  it('sends a PDF uncompressed with its Content-Length, which the download shows progress against', async () => {
    const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&part=1`).set('Accept-Encoding', 'gzip').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe((res.body as Buffer).length);
  });

  it('refuses a part past the last, naming the field', async () => {
    const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&part=4`).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field: 'part', params: { issue: 'too_big', maximum: 3 } });
  });

  it.each(['0', '1e0', '0x1', '-1', ' 1'])('refuses part=%j: a part is a count from 1 in decimal digits', async (part) => {
    const res = await t.api.get(`/api/reports?format=pdf&articleId=${DEMO_ID}&part=${encodeURIComponent(part)}`).expect(400);
    expect(res.body.error.field).toBe('part');
  });
});

describe('exports running at once', () => {
  const pdfUrl = `/api/reports?format=pdf&articleId=${DEMO_ID}&approved=all&part=1`;
  const csvUrl = `/api/reports?format=csv&articleId=${DEMO_ID}`;

  it('refuses a second export by the same person with 429 and Retry-After, and allows it once the first is done', async () => {
    pdf.hold(true);
    const started = pdf.nextRender();
    const first = t.api.get(pdfUrl).buffer(true).parse(binary).then((res) => res);
    const render = await started;
    const refused = await t.api.get(csvUrl).expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.error).toMatchObject({ code: 'too_many_exports', params: { kind: 'user', limit: 1 } });
    // The export screen's preview of the scope is built meanwhile.
    await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}&part=1&purpose=preview`).expect(200);
    const released = slots.nextRelease();
    render.finish();
    expect((await first).status).toBe(200);
    await released;
    await t.api.get(csvUrl).expect(200);
    pdf.hold(false);
  });

  it('refuses an export beyond the server limit with 429 and Retry-After, whoever asks', async () => {
    pdf.hold(true);
    const others = await Promise.all(Array.from({ length: LIMITS.exportsPerServer }, (_, i) => t.addUser(`fc${i}`, 'factchecker')));
    const renders: Render[] = [];
    const pending = [];
    for (const agent of [t.api, ...others].slice(0, LIMITS.exportsPerServer)) {
      const started = pdf.nextRender();
      pending.push(agent.get(pdfUrl).buffer(true).parse(binary).then((res) => res));
      renders.push(await started);
    }
    const refused = await others.at(-1)!.get(csvUrl).expect(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body.error).toMatchObject({ code: 'too_many_exports', params: { kind: 'server', limit: LIMITS.exportsPerServer } });
    for (const render of renders) render.finish();
    for (const res of await Promise.all(pending)) expect(res.status).toBe(200);
    pdf.hold(false);
  });

  it('frees the slot and stops the print when the client goes away', async () => {
    pdf.hold(true);
    const started = pdf.nextRender();
    const released = slots.nextRelease();
    const req = t.api.get(pdfUrl);
    req.end(() => undefined);
    const render = await started;
    req.abort();
    await render.aborted;
    await released;
    pdf.hold(false);
    await t.api.get(csvUrl).expect(200);
    expect(t.logs.filter((line) => /aborted/.test(line))).toEqual([]);
  });
});
