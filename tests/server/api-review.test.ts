// Who changed what: every claim change writes an audit entry with user, time, before and after; editors approve
// or return claims; the queue filters, sorts and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsSummarySchema, type AuditEntry, type Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, type Agent } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let checker: Agent;
let checkerId: string;
let editorId: string;
let text: string;

beforeAll(async () => {
  t = await openTestApp();
  checker = await t.addUser('farah', 'factchecker', 'Farah Checker');
  checkerId = (await checker.get('/api/session')).body.user.id;
  editorId = (await t.api.get('/api/session')).body.user.id;
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
});
afterAll(() => t.cleanup());

const history = async (id: string): Promise<AuditEntry[]> => (await t.api.get(`/api/claims/${id}/history`).expect(200)).body;

describe('the audit trail', () => {
  let claim: Claim;

  it('records the creator and a create entry', async () => {
    claim = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 4)).expect(201)).body;
    expect(claim).toMatchObject({ createdBy: checkerId, updatedBy: checkerId, review: { state: 'pending' } });
    const [entry, ...rest] = await history(claim.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ action: 'create', userId: checkerId, claimId: claim.id, articleId: DEMO_ID, before: null });
    expect((entry!.after as Claim).quote.exact).toBe('قالت');
  });

  it('writes one entry per changed aspect, with before and after', async () => {
    const start = text.indexOf('أرمينيا');
    claim = (
      await checker
        .patch(`/api/claims/${claim.id}`)
        .send({
          version: claim.version,
          verdict: 'disputed',
          note: 'Not in the ministry statement',
          evidence: [{ url: 'https://mfa.am/' }],
          sourceId: 'armenian-government',
          start,
          end: start + 'أرمينيا'.length,
          exact: 'أرمينيا',
        })
        .expect(200)
    ).body;
    const entries = (await history(claim.id)).slice(1);
    expect(entries.map((e) => e.action).sort()).toEqual(['evidence', 'note', 'range', 'source', 'verdict']);
    expect(entries.every((e) => e.userId === checkerId && e.at === claim.updatedAt)).toBe(true);
    expect(entries.find((e) => e.action === 'verdict')).toMatchObject({ before: 'unreviewed', after: 'disputed' });
    expect(entries.find((e) => e.action === 'source')).toMatchObject({ before: 'kremlin', after: 'armenian-government' });
    expect(entries.find((e) => e.action === 'range')).toMatchObject({ before: { start: 0, end: 4, exact: 'قالت' }, after: { exact: 'أرمينيا' } });
  });

  it('writes nothing for a change that changes nothing', async () => {
    const before = (await history(claim.id)).length;
    const same = await checker.patch(`/api/claims/${claim.id}`).send({ version: claim.version, verdict: 'disputed' }).expect(200);
    expect(same.body.version).toBe(claim.version);
    expect(await history(claim.id)).toHaveLength(before);
  });

  it('records delete and undo, and the claim comes back with its id', async () => {
    await checker.delete(`/api/claims/${claim.id}`).expect(204);
    await t.api.get(`/api/claims/${claim.id}`).expect(404);
    claim = (await checker.post(`/api/claims/${claim.id}/restore`).expect(200)).body;
    expect(claim.verdict).toBe('disputed');
    expect((await history(claim.id)).slice(-2).map((e) => e.action)).toEqual(['delete', 'undo']);
  });

  it('offers no way to change or remove history', async () => {
    for (const method of ['patch', 'delete', 'post'] as const) {
      const res = await t.api[method](`/api/claims/${claim.id}/history`).send({});
      expect(res.status).toBe(404);
    }
  });
});

describe('the review', () => {
  let first: Claim;
  let second: Claim;

  beforeAll(async () => {
    const a = text.indexOf('بوقف القتال');
    first = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, a, a + 11, { verdict: 'disputed' })).expect(201)).body;
    const b = text.indexOf('القصف المدفعي');
    second = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, b, b + 13, { verdict: 'disputed', sourceId: 'armenian-government' })).expect(201)).body;
  });

  it('lets an editor approve a verdict, recorded as theirs', async () => {
    first = (await t.api.post(`/api/claims/${first.id}/review`).send({ decision: 'approve', version: first.version }).expect(200)).body;
    expect(first.review).toMatchObject({ state: 'approved', decidedBy: editorId });
    expect((await history(first.id)).at(-1)).toMatchObject({ action: 'review', userId: editorId, before: { state: 'pending' }, after: { state: 'approved' } });
  });

  it('requires a comment to send a claim back', async () => {
    const res = await t.api.post(`/api/claims/${second.id}/review`).send({ decision: 'return', version: second.version }).expect(400);
    expect(res.body.error.field).toBe('comment');
    second = (await t.api.post(`/api/claims/${second.id}/review`).send({ decision: 'return', comment: 'Which statement? Link it.', version: second.version }).expect(200)).body;
    expect(second.review).toMatchObject({ state: 'returned', comment: 'Which statement? Link it.' });
  });

  it("shows a fact-checker's returned claims first in their own view", async () => {
    const mine: Claim[] = (await checker.get('/api/claims?userId=me&sort=returnedFirst').expect(200)).body;
    expect(mine[0]!.id).toBe(second.id);
    expect(mine.every((c) => c.createdBy === checkerId)).toBe(true);
  });

  it('filters the queue by review state, source and date, and counts it', async () => {
    const approved: Claim[] = (await t.api.get('/api/claims?review=approved').expect(200)).body;
    expect(approved.map((c) => c.id)).toEqual([first.id]);
    const bySource: Claim[] = (await t.api.get('/api/claims?verdict=disputed&sourceId=armenian-government').expect(200)).body;
    expect(bySource.map((c) => c.id).sort()).toContain(second.id);
    expect((await t.api.get('/api/claims?from=2030-01-01').expect(200)).body).toEqual([]);
    expect((await t.api.get(`/api/claims?userId=${checkerId}&to=2026-01-01`).expect(200)).body.length).toBeGreaterThan(0);
    const summary = ClaimsSummarySchema.parse((await t.api.get('/api/claims/summary?verdict=disputed').expect(200)).body);
    expect(summary.byReview).toEqual({ pending: 1, approved: 1, returned: 1 });
    expect(summary.bySource[0]).toMatchObject({ sourceId: 'armenian-government', counts: { disputed: 2 } });
  });

  it('puts a changed claim back to pending', async () => {
    const changed = (await checker.patch(`/api/claims/${second.id}`).send({ version: second.version, note: 'Linked the statement.' }).expect(200)).body;
    expect(changed.review.state).toBe('pending');
  });
});

describe('withdrawing an approval', () => {
  let claim: Claim;

  beforeAll(async () => {
    const a = text.indexOf('أرمينيا');
    claim = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, a, a + 7, { verdict: 'corroborated' })).expect(201)).body;
    claim = (await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200)).body;
  });

  it.each([
    ['without a reason', { version: 1 }, 'reason'],
    ['with a blank reason', { reason: '  ', version: 1 }, 'reason'],
    ['without the version read', { reason: 'Wrong source' }, 'version'],
    ['with a field it does not know', { reason: 'Wrong source', version: 1, state: 'pending' }, undefined],
  ])('refuses a withdrawal %s', async (_name, body, field) => {
    const res = await t.api.post(`/api/claims/${claim.id}/withdraw-approval`).send(body).expect(400);
    if (field) expect(res.body.error.field).toBe(field);
  });

  it('refuses a fact-checker, even on their own claim', async () => {
    await checker.post(`/api/claims/${claim.id}/withdraw-approval`).send({ reason: 'Mine', version: claim.version }).expect(403);
  });

  it('refuses a withdrawal from a version other than the current one, changing nothing', async () => {
    const res = await t.api.post(`/api/claims/${claim.id}/withdraw-approval`).send({ reason: 'Old', version: claim.version - 1 }).expect(409);
    expect(res.body.error.code).toBe('version_conflict');
    expect((await t.api.get(`/api/claims/${claim.id}`).expect(200)).body.review.state).toBe('approved');
  });

  it('puts the claim back to pending review with the reason, audited as the editor\'s', async () => {
    const res = await t.api.post(`/api/claims/${claim.id}/withdraw-approval`).send({ reason: 'The Élysée denied it since.', version: claim.version }).expect(200);
    expect(res.body).toMatchObject({ version: claim.version + 1, updatedBy: editorId, review: { state: 'pending', comment: 'The Élysée denied it since.', decidedBy: editorId } });
    expect((await history(claim.id)).at(-1)).toMatchObject({
      action: 'review',
      userId: editorId,
      before: { state: 'approved' },
      after: { state: 'pending', comment: 'The Élysée denied it since.' },
    });
    claim = res.body;
  });

  it('refuses to withdraw an approval that is not there', async () => {
    const res = await t.api.post(`/api/claims/${claim.id}/withdraw-approval`).send({ reason: 'Again', version: claim.version }).expect(409);
    expect(res.body.error.code).toBe('not_approved');
  });

  it('answers 404 for a claim that does not exist', async () => {
    await t.api.post('/api/claims/no-such-claim/withdraw-approval').send({ reason: 'Why', version: 1 }).expect(404);
  });
});

describe('the queue search', () => {
  let spelled: Claim;

  beforeAll(async () => {
    const a = text.indexOf('أرمينيا');
    spelled = (await checker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, a, a + 7, { note: 'Selon l’Élysée, mercredi.' })).expect(201)).body;
  });

  it.each([
    ['an Arabic word with another alef', 'ارمينيا'],
    ['the same word with tashkeel and tatweel', 'أَرْمِيـنيا'],
    ['a French word without accents or capitals', 'elysee'],
  ])('finds a claim by %s', async (_name, q) => {
    const found: Claim[] = (await t.api.get('/api/claims/page').query({ q }).expect(200)).body.claims;
    expect(found.map((c) => c.id)).toContain(spelled.id);
    const summary = ClaimsSummarySchema.parse((await t.api.get('/api/claims/summary').query({ q }).expect(200)).body);
    expect(summary.total).toBe(found.length);
  });

  it('finds nothing for words no claim holds, and refuses a search of two lines', async () => {
    expect((await t.api.get('/api/claims/page').query({ q: 'Kremlin said nothing' }).expect(200)).body.total).toBe(0);
    expect((await t.api.get('/api/claims/page').query({ q: 'two\nlines' }).expect(400)).body.error.field).toBe('q');
  });
});
