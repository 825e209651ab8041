// The desk's rating scale through the API (issue 18): read by anyone signed in, changed by editors with the version
// they read; removing a verdict that claims use asks where they go, and moves them, audited. A claim's verdict is
// checked against the scale. Runs on lowdb (unit) and on PostgreSQL (api-postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_RATING_SCALE,
  RATING_SCALE_PRESETS,
  RatingScaleSchema,
  type RatingScale,
  type RatingScaleBody,
  type VerdictDefinition,
} from '../../domain/rating-scale.ts';
import type { AuditEntry, Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, setNewsroom, type Agent } from '../support/test-app.ts';
import Papa from 'papaparse';

let t: Awaited<ReturnType<typeof openTestApp>>;
let text: string;
let checker: Agent;

const read = async (): Promise<RatingScale> => RatingScaleSchema.parse((await t.api.get('/api/rating-scale').expect(200)).body);
const bodyOf = (scale: RatingScale): RatingScaleBody & { version: number } => ({
  verdicts: scale.verdicts,
  worstRating: scale.worstRating,
  bestRating: scale.bestRating,
  version: scale.version,
});
const preset = (key: string): VerdictDefinition => RATING_SCALE_PRESETS.find((v) => v.key === key)!;
const usage = async (): Promise<Record<string, number>> => (await t.api.get('/api/rating-scale/usage').expect(200)).body.counts;
const addClaim = async (at: number, verdict: string): Promise<Claim> =>
  (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, at, at + 5, { verdict })).expect(201)).body;

beforeAll(async () => {
  t = await openTestApp();
  checker = await t.addUser('scale-checker', 'factchecker');
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
});
afterAll(() => t.cleanup());

describe('the rating scale', () => {
  it('is the default scale until a desk edits it, for anyone signed in', async () => {
    const scale = await read();
    expect(scale.verdicts).toEqual(DEFAULT_RATING_SCALE.verdicts);
    expect(scale.version).toBe(1);
    expect((await checker.get('/api/rating-scale').expect(200)).body.verdicts.map((v: VerdictDefinition) => v.key)).toEqual([
      'corroborated',
      'disputed',
      'unreviewed',
    ]);
  });

  it('counts live claims per verdict, every verdict of the scale present', async () => {
    const counts = await usage();
    expect(Object.keys(counts).sort()).toEqual(['corroborated', 'disputed', 'unreviewed']);
    const claims: Claim[] = (await t.api.get('/api/claims').expect(200)).body;
    for (const key of Object.keys(counts)) expect(counts[key]).toBe(claims.filter((c) => c.verdict === key).length);
  });

  it('refuses a fact-checker with 403 and changes nothing', async () => {
    const scale = await read();
    const res = await checker.put('/api/rating-scale').send({ ...bodyOf(scale), verdicts: [...scale.verdicts, preset('false')] }).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await read()).version).toBe(scale.version);
  });

  it.each([
    { why: 'a colour too pale to read on the page', change: (v: VerdictDefinition[]) => [...v, { ...preset('false'), colour: '#ffdddd' }], field: 'verdicts.3.colour' },
    { why: 'a colour too close to another', change: (v: VerdictDefinition[]) => [...v, { ...preset('false'), colour: '#c0272e' }], field: 'verdicts.3.colour' },
    { why: 'a shortcut used twice', change: (v: VerdictDefinition[]) => [...v, { ...preset('false'), shortcut: 'c' }], field: 'verdicts.3.shortcut' },
    { why: 'no unreviewed verdict', change: (v: VerdictDefinition[]) => v.filter((x) => x.key !== 'unreviewed'), field: 'verdicts' },
  ])('refuses $why with 400 naming the field', async ({ change, field }) => {
    const scale = await read();
    const res = await t.api.put('/api/rating-scale').send({ ...bodyOf(scale), verdicts: change(scale.verdicts) }).expect(400);
    expect(res.body.error.field).toBe(field);
    expect((await read()).version).toBe(scale.version);
  });

  it('lets an editor add a verdict, and then a claim may take it (not before)', async () => {
    const before = await addClaim(10, 'unreviewed');
    const refused = await checker.patch(`/api/claims/${before.id}`).send({ version: before.version, verdict: 'misleading' }).expect(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid_request', field: 'verdict' });
    await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 20, 25, { verdict: 'misleading' })).expect(400);

    const scale = await read();
    const saved = await t.api.put('/api/rating-scale').send({ ...bodyOf(scale), verdicts: [...scale.verdicts, preset('misleading')] }).expect(200);
    expect(saved.body.version).toBe(scale.version + 1);
    expect(saved.body.verdicts.map((v: VerdictDefinition) => v.key)).toContain('misleading');
    expect((await read()).verdicts.at(-1)).toEqual(preset('misleading'));

    const changed = await checker.patch(`/api/claims/${before.id}`).send({ version: before.version, verdict: 'misleading' }).expect(200);
    expect(changed.body.verdict).toBe('misleading');
    expect((await usage()).misleading).toBe(1);
    const filtered: Claim[] = (await t.api.get('/api/claims?verdict=misleading').expect(200)).body;
    expect(filtered.map((c) => c.id)).toEqual([before.id]);
    const summary = (await t.api.get('/api/claims/summary?verdict=misleading').expect(200)).body;
    expect(summary.byVerdict).toMatchObject({ misleading: 1, corroborated: 0, disputed: 0, unreviewed: 0 });
  });

  it('refuses a stale version with 409 version_conflict', async () => {
    const scale = await read();
    const res = await t.api.put('/api/rating-scale').send({ ...bodyOf(scale), version: scale.version - 1 }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'version_conflict', field: 'version' });
    expect((await read()).version).toBe(scale.version);
  });

  it('refuses removing a verdict in use without a move: 409 verdict_in_use naming moves.<key> and the count', async () => {
    const scale = await read();
    const inUse = (await usage()).misleading!;
    expect(inUse).toBeGreaterThan(0);
    const res = await t.api.put('/api/rating-scale').send({ ...bodyOf(scale), verdicts: scale.verdicts.filter((v) => v.key !== 'misleading') }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'verdict_in_use', field: 'moves.misleading' });
    expect(res.body.error.message).toContain(inUse === 1 ? '1 claim uses' : `${inUse} claims use`);
    expect((await read()).verdicts.map((v) => v.key)).toContain('misleading');
  });

  it('refuses a move to a verdict the new scale lacks', async () => {
    const scale = await read();
    const res = await t.api
      .put('/api/rating-scale')
      .send({ ...bodyOf(scale), verdicts: scale.verdicts.filter((v) => v.key !== 'misleading'), moves: { misleading: 'misleading' } })
      .expect(400);
    expect(res.body.error.field).toBe('moves.misleading');
  });

  it('removes a verdict in use with a move: its claims move, back to pending review, each move audited', async () => {
    const moved = await addClaim(30, 'misleading');
    const deleted = await addClaim(40, 'misleading');
    await checker.delete(`/api/claims/${deleted.id}`).expect(204);
    const before = await usage();
    const scale = await read();
    const saved = await t.api
      .put('/api/rating-scale')
      .send({ ...bodyOf(scale), verdicts: scale.verdicts.filter((v) => v.key !== 'misleading'), moves: { misleading: 'disputed' } })
      .expect(200);
    expect(saved.body.verdicts.map((v: VerdictDefinition) => v.key)).toEqual(['corroborated', 'disputed', 'unreviewed']);

    const after = await usage();
    expect(after.misleading).toBeUndefined();
    expect(after.disputed).toBe(before.disputed! + before.misleading!);
    const now: Claim = (await t.api.get(`/api/claims/${moved.id}`).expect(200)).body;
    expect(now).toMatchObject({ verdict: 'disputed', version: moved.version + 1, review: { state: 'pending' } });
    const history: AuditEntry[] = (await t.api.get(`/api/claims/${moved.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({ action: 'verdict', before: 'misleading', after: 'disputed' });

    // The deleted claim moved too: brought back, it holds a verdict of the scale.
    const restored: Claim = (await checker.post(`/api/claims/${deleted.id}/restore`).expect(200)).body;
    expect(restored.verdict).toBe('disputed');
  });

  it('records every change of the scale, with who made it and the moves', async () => {
    const changes = await t.store.read.ratingScale.changes();
    expect(changes.map((c) => [c.fromVersion, c.toVersion])).toEqual([
      [1, 2],
      [2, 3],
    ]);
    expect(changes[1]).toMatchObject({ moves: { misleading: 'disputed' }, movedClaims: 3 });
    expect(changes[1]!.userId).not.toBeNull();
    expect(changes[1]!.before.verdicts.map((v) => v.key)).toContain('misleading');
  });
});

describe('a verdict added through the API, in every export', () => {
  const added: VerdictDefinition = {
    ...preset('missing-context'),
    key: 'half-true',
    labels: { en: 'Half true', fr: 'À moitié vrai', ar: 'نصف صحيح' },
    colour: '#0b5cad',
    sign: '½',
    shortcut: 'h',
    rating: { value: 3, alternateName: { en: 'Half true', fr: 'À moitié vrai', ar: 'نصف صحيح' } },
  };
  let claim: Claim;

  beforeAll(async () => {
    await setNewsroom(t.api);
    const scale = await read();
    await t.api.put('/api/rating-scale').send({ ...bodyOf(scale), verdicts: [...scale.verdicts, added] }).expect(200);
    claim = await addClaim(60, 'half-true');
    await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200);
  });

  it('names it in the CSV, by key and by its label in the report\'s language', async () => {
    const res = await t.api.get(`/api/reports?format=csv&articleId=${DEMO_ID}&lang=fr`).expect(200);
    const rows = Papa.parse<Record<string, string>>(res.text.slice(1), { header: true }).data;
    expect(rows.find((r) => r.claim_id === claim.id)).toMatchObject({ verdict: 'half-true', verdict_label: 'À moitié vrai' });
  });

  it('shows it in the HTML report: badge with its sign, its colour, its row in the counts and its bar in the chart', async () => {
    const html = (await t.api.get(`/api/reports?format=html&articleId=${DEMO_ID}`).expect(200)).text;
    expect(html).toContain('<span class="badge v-half-true" data-sign="½">Half true</span>');
    expect(html).toContain('.v-half-true { --verdict: #0b5cad; }');
    expect(html).toMatch(/<th scope="col" class="n">Half true<\/th>/);
    expect(html).toContain('fill="#0b5cad"');
  });

  it('rates it in ClaimReview by its value on the scale, named in the review\'s language', async () => {
    await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201); // ClaimReview is of published claims
    const doc = JSON.parse((await t.api.get(`/api/reports?format=claimreview&articleId=${DEMO_ID}`).expect(200)).text);
    const review = doc['@graph'].find((r: { itemReviewed: { text: string } }) => r.itemReviewed.text === claim.quote.exact);
    expect(review.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'نصف صحيح' });
  });
});
