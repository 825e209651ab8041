// A large report shares the event loop (issue 13, the stall of finding 9): while the scope of a report of thousands of
// claims is gathered, the loop turns, so other requests are answered before the first chunk is made, not only between
// the chunks being sent. A data export (JSON) is never gathered whole: its claims are read while it is sent
// (api-reports-stream.test.ts). (The figures, /api/health during a 20,000-claim export, are in bench/exports.ts.)
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quoteAt } from '../../domain/anchoring.ts';
import type { Claim } from '../../domain/schemas.ts';
import { reportFontCss } from '../../server/reports/report-fonts.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

/** What happened, in order, during one export: `armed` notes the start of the next scope gathered. */
const seen = vi.hoisted(() => ({ events: [] as string[], armed: false }));

// Around the real modules: note when the scope starts being gathered (the claims filtered), and schedule a note for
// the next turn of the event loop; and note when the scope is complete (handed to the renderer).
vi.mock('../../server/store/low-queries.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/store/low-queries.ts')>();
  return {
    ...real,
    filterClaims: (...args: Parameters<typeof real.filterClaims>) => {
      if (seen.armed) {
        seen.armed = false;
        seen.events.push('scope started');
        setImmediate(() => seen.events.push('event loop turned'));
      }
      return real.filterClaims(...args);
    },
  };
});
vi.mock('../../server/reports/render-report.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../server/reports/render-report.ts')>();
  return {
    ...real,
    renderReport: (...args: Parameters<typeof real.renderReport>) => {
      seen.events.push(`scope built: ${args[0].claims.length} claims`);
      return real.renderReport(...args);
    },
  };
});

const CLAIMS = 5000;
let t: Awaited<ReturnType<typeof openTestApp>>;

beforeAll(async () => {
  t = await openTestApp();
  // The font is read once per process; read here, so that reading it is not what lets the loop turn.
  await reportFontCss();
  const text: string = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  const words = [...text.matchAll(/\S+/g)];
  const model: Claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, words[0]![0].length)).expect(201)).body;
  await t.replaceClaims(Array.from({ length: CLAIMS }, (_, i) => {
        const word = words[i % words.length]!;
        const range = { start: word.index, end: word.index + word[0].length };
        return { ...model, id: `bulk-${i}`, ...range, quote: quoteAt(text, range), note: `note ${i}` };
      }));
}, 60_000);
afterAll(() => t.cleanup());

describe('a large report', () => {
  it('lets the event loop turn while the scope of a Markdown report is still being gathered', async () => {
    seen.events = [];
    seen.armed = true;
    const res = await t.api.get('/api/reports?format=md').expect(200);
    expect(res.text.match(/^### /gm)).toHaveLength(CLAIMS);
    // Gathered in one go, the scope would be complete before the loop could turn.
    expect(seen.events).toEqual(['scope started', 'event loop turned', `scope built: ${CLAIMS} claims`]);
  });

  it('lets the event loop turn during a JSON export, whose scope is never gathered whole', async () => {
    seen.events = [];
    seen.armed = true;
    const res = await t.api.get('/api/reports?format=json').expect(200);
    expect(JSON.parse(res.text).claims).toHaveLength(CLAIMS);
    expect(seen.events).toEqual(['scope started', 'event loop turned']);
  });
});
