// Credits through the API, on lowdb and PostgreSQL (issue 15): two claims, each made and rated by its fact-checker,
// both approved by the editor after touching their notes (so the editor is the last to change them);
// every format names the fact-checker as "checked by" and the editor as "approved by", with the approval's time. And
// each Web Annotation export has its own id, the same again for the same versions.
import Papa from 'papaparse';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimVersionsDigest, exportId } from '../../domain/reports/export-id.ts';
import type { ReportClaim } from '../../domain/reports/report-input.ts';
import type { Claim } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, type Agent, setNewsroom } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let farah: Agent;
let karim: Agent;
let claims: Claim[];
/** In reading order: the first comes first in the article. */
const QUOTES = ['القصف المدفعي استمر على قطاعات عدة من خط المواجهة', 'بوقف القتال في ناغورني قره باغ لأسباب إنسانية'];
const EDITOR = 'Edith Editor';
const CHECKERS = ['Farah Checker', 'Karim Checker'];

async function approve(claim: Claim): Promise<Claim> {
  // The editor's own change to the note (not the verdict) leaves the credit with the fact-checker.
  const edited = (await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, note: `${claim.note} (edited)` }).expect(200)).body as Claim;
  return (await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: edited.version }).expect(200)).body;
}

beforeAll(async () => {
  t = await openTestApp();
  await setNewsroom(t.api);
  farah = await t.addUser('farah', 'factchecker', CHECKERS[0]);
  karim = await t.addUser('karim', 'factchecker', CHECKERS[1]);
  const text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text as string;
  const body = (q: string) => buildClaimBody(text, text.indexOf(q), text.indexOf(q) + q.length, { sourceId: 'kremlin', note: 'Checked' });
  const made = [
    (await farah.post(`/api/articles/${DEMO_ID}/claims`).send(body(QUOTES[0]!)).expect(201)).body as Claim,
    (await karim.post(`/api/articles/${DEMO_ID}/claims`).send(body(QUOTES[1]!)).expect(201)).body as Claim,
  ];
  const rate = async (agent: Agent, claim: Claim) => (await agent.patch(`/api/claims/${claim.id}`).send({ version: claim.version, verdict: 'disputed' }).expect(200)).body as Claim;
  claims = [await approve(await rate(farah, made[0]!)), await approve(await rate(karim, made[1]!))];
  expect(claims.map((c) => c.updatedBy)).toEqual([claims[0]!.review.decidedBy, claims[0]!.review.decidedBy]); // the editor changed both last
});
afterAll(() => t.cleanup());

const report = (format: string, extra = '') => t.api.get(`/api/reports?format=${format}&articleId=${DEMO_ID}${extra}`).expect(200);
const approvedAt = () => claims.map((c) => c.review.decidedAt!);

describe('credits in every export format', () => {
  it('CSV: checked_by, approved_by and approved_at', async () => {
    const rows = Papa.parse<Record<string, string>>((await report('csv')).text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => [r.checked_by, r.approved_by, r.approved_at])).toEqual(CHECKERS.map((name, i) => [name, EDITOR, approvedAt()[i]]));
  });

  it('JSON: checkedBy, approvedBy and approvedAt', async () => {
    const json = (await report('json')).body as { claims: ReportClaim[] };
    expect(json.claims.map((c) => [c.checkedBy, c.approvedBy, c.approvedAt])).toEqual(CHECKERS.map((name, i) => [name, EDITOR, approvedAt()[i]]));
  });

  it('HTML: a "Checked by" and an "Approved by … on" row for each claim', async () => {
    const { document } = new JSDOM((await report('html')).text).window;
    const facts = [...document.querySelectorAll('section.claim')].map((section) =>
      Object.fromEntries([...section.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!])),
    );
    expect(facts.map((f) => f['Checked by']?.textContent)).toEqual(CHECKERS);
    expect(facts.map((f) => f['Approved by']?.querySelector('bdi')?.textContent)).toEqual([EDITOR, EDITOR]);
    expect(facts.map((f) => f['Approved by']?.querySelector('time')?.getAttribute('datetime'))).toEqual(approvedAt());
    expect(facts.map((f) => f['Approved by']?.textContent)).toEqual(facts.map((f) => expect.stringMatching(new RegExp(`^${EDITOR} on `))));
  });

  it('Markdown: both names for each claim', async () => {
    const sections = (await report('md')).text.split(/^### /m).slice(1);
    expect(sections).toHaveLength(2);
    sections.forEach((s, i) => {
      expect(s).toMatch(new RegExp(`Checked by:.*${CHECKERS[i]}`));
      expect(s).toMatch(new RegExp(`Approved by:.*${EDITOR}.* on `));
    });
  });

  it('ClaimReview: the newsroom as author, the fact-checker as contributor, the editor as editor', async () => {
    await t.api.post(`/api/articles/${DEMO_ID}/publication`).send({}).expect(201); // ClaimReview is of published claims
    const graph = JSON.parse((await report('claimreview')).text)['@graph'];
    type Review = Record<'author' | 'contributor' | 'editor', { '@type': string; name: string }>;
    expect(graph.map((r: Review) => [r.author['@type'], r.contributor.name, r.editor.name])).toEqual(
      CHECKERS.map((name) => ['Organization', name, EDITOR]),
    );
  });

  it('Web Annotation: the fact-checker creates each assessment, the editor moderates it at approval time', async () => {
    const items = JSON.parse((await report('webannotation')).text).first.items;
    expect(items.map((a: { motivation: string; creator: { name: string } }) => [a.motivation, a.creator.name])).toEqual([
      ['assessing', CHECKERS[0]],
      ['moderating', EDITOR],
      ['assessing', CHECKERS[1]],
      ['moderating', EDITOR],
    ]);
    expect(items[1]).toMatchObject({ target: items[0].id, created: approvedAt()[0] });
    expect(items[3]).toMatchObject({ target: items[2].id, created: approvedAt()[1] });
  });
});

describe('Web Annotation export ids', () => {
  const ids = async (extra = '') => {
    const collection = JSON.parse((await report('webannotation', extra)).text);
    return { collection: collection.id as string, page: collection.first.id as string };
  };

  it('names the collection by its claims\' versions, scope, format and language: the store digests as the domain does', async () => {
    const expected = exportId({
      versionsDigest: claimVersionsDigest(claims),
      scope: { articleId: DEMO_ID, approved: 'all' }, // Web Annotation is not a publication format: all by default
      format: 'webannotation',
      language: 'en',
    });
    expect((await ids()).collection).toBe(expected);
  });

  it('gives another export (another language or scope) other ids, its page its own, and the same export the same', async () => {
    const [first, again, french, part] = [await ids(), await ids(), await ids('&lang=fr'), await ids('&part=1')];
    expect(again).toEqual(first);
    const all = [first, french, part].flatMap((i) => [i.collection, i.page]);
    expect(new Set(all).size).toBe(6);
  });

  it('changes the id when a claim in the export changes', async () => {
    const before = await ids('&approved=all');
    const claim = (await t.api.get(`/api/claims/${claims[0]!.id}`).expect(200)).body as Claim;
    await t.api.patch(`/api/claims/${claim.id}`).send({ version: claim.version, note: 'Changed again' }).expect(200);
    expect((await ids('&approved=all')).collection).not.toBe(before.collection);
  });
});
