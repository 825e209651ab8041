// Who may change what, as a table through the API: each row is a role doing an action to a record that is (or is
// not) their own and approved (or not), and the status it gets. Every refusal is a 403 `forbidden` that changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/schemas.ts';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, TEST_PASSWORD, openTestApp, type Agent } from '../support/test-app.ts';

type Act =
  | 'claim.create' | 'claim.edit' | 'claim.delete' | 'claim.restore' | 'claim.review'
  | 'suggestion.accept' | 'suggestion.reject'
  | 'article.create' | 'article.edit' | 'article.delete' | 'article.restore'
  | 'source.create' | 'source.edit' | 'source.delete'
  | 'user.list' | 'user.create' | 'user.edit' | 'user.locale' | 'settings.edit';

interface Row {
  role: Role;
  action: Act;
  /** The record acted on is the actor's own (their claim, their account); absent where nothing is owned. */
  own?: boolean;
  /** The claim acted on is approved by an editor. */
  approved?: boolean;
  status: number;
}

const F = 'factchecker';
const E = 'editor';

// prettier-ignore
const TABLE: Row[] = [
  // A fact-checker creates claims and changes or deletes their own until an editor approves them.
  { role: F, action: 'claim.create', status: 201 },
  { role: F, action: 'claim.edit', own: true, approved: false, status: 200 },
  { role: F, action: 'claim.edit', own: true, approved: true, status: 403 },
  { role: F, action: 'claim.edit', own: false, approved: false, status: 403 },
  { role: F, action: 'claim.edit', own: false, approved: true, status: 403 },
  { role: F, action: 'claim.delete', own: true, approved: false, status: 204 },
  { role: F, action: 'claim.delete', own: true, approved: true, status: 403 },
  { role: F, action: 'claim.delete', own: false, approved: false, status: 403 },
  { role: F, action: 'claim.delete', own: false, approved: true, status: 403 },
  { role: F, action: 'claim.restore', own: true, approved: false, status: 200 },
  { role: F, action: 'claim.restore', own: true, approved: true, status: 403 },
  { role: F, action: 'claim.restore', own: false, approved: false, status: 403 },
  { role: F, action: 'claim.restore', own: false, approved: true, status: 403 },
  { role: F, action: 'claim.review', own: false, approved: false, status: 403 },
  { role: F, action: 'claim.review', own: true, approved: false, status: 403 },
  { role: F, action: 'suggestion.accept', status: 201 },
  { role: F, action: 'suggestion.reject', status: 200 },
  // Articles: anyone adds and corrects them; only editors take one away (or bring it back).
  { role: F, action: 'article.create', status: 201 },
  { role: F, action: 'article.edit', status: 200 },
  { role: F, action: 'article.delete', status: 403 },
  { role: F, action: 'article.restore', status: 403 },
  // Sources: anyone adds one; only editors change (aliases included) or delete one.
  { role: F, action: 'source.create', status: 201 },
  { role: F, action: 'source.edit', status: 403 },
  { role: F, action: 'source.delete', status: 403 },
  // People and settings are the editors'; anyone chooses their own interface language.
  { role: F, action: 'user.list', status: 403 },
  { role: F, action: 'user.create', status: 403 },
  { role: F, action: 'user.edit', own: true, status: 403 },
  { role: F, action: 'user.edit', own: false, status: 403 },
  { role: F, action: 'user.locale', own: true, status: 200 },
  { role: F, action: 'user.locale', own: false, status: 403 },
  { role: F, action: 'settings.edit', status: 403 },
  // Editors may do everything.
  { role: E, action: 'claim.create', status: 201 },
  { role: E, action: 'claim.edit', own: true, approved: false, status: 200 },
  { role: E, action: 'claim.edit', own: true, approved: true, status: 200 },
  { role: E, action: 'claim.edit', own: false, approved: false, status: 200 },
  { role: E, action: 'claim.edit', own: false, approved: true, status: 200 },
  { role: E, action: 'claim.delete', own: true, approved: false, status: 204 },
  { role: E, action: 'claim.delete', own: true, approved: true, status: 204 },
  { role: E, action: 'claim.delete', own: false, approved: false, status: 204 },
  { role: E, action: 'claim.delete', own: false, approved: true, status: 204 },
  { role: E, action: 'claim.restore', own: true, approved: false, status: 200 },
  { role: E, action: 'claim.restore', own: true, approved: true, status: 200 },
  { role: E, action: 'claim.restore', own: false, approved: false, status: 200 },
  { role: E, action: 'claim.restore', own: false, approved: true, status: 200 },
  { role: E, action: 'claim.review', own: true, approved: false, status: 200 },
  { role: E, action: 'claim.review', own: false, approved: false, status: 200 },
  { role: E, action: 'suggestion.accept', status: 201 },
  { role: E, action: 'suggestion.reject', status: 200 },
  { role: E, action: 'article.create', status: 201 },
  { role: E, action: 'article.edit', status: 200 },
  { role: E, action: 'article.delete', status: 204 },
  { role: E, action: 'article.restore', status: 200 },
  { role: E, action: 'source.create', status: 201 },
  { role: E, action: 'source.edit', status: 200 },
  { role: E, action: 'source.delete', status: 204 },
  { role: E, action: 'user.list', status: 200 },
  { role: E, action: 'user.create', status: 201 },
  { role: E, action: 'user.edit', own: true, status: 200 },
  { role: E, action: 'user.edit', own: false, status: 200 },
  { role: E, action: 'user.locale', own: true, status: 200 },
  { role: E, action: 'user.locale', own: false, status: 200 },
  { role: E, action: 'settings.edit', status: 200 },
];

let t: Awaited<ReturnType<typeof openTestApp>>;
/** The actor of each role, and someone else of the same role whose records are "not own". */
const actors = {} as Record<Role, { agent: Agent; id: string; other: Agent; otherId: string }>;
let text: string;
let serial = 0;

const idOf = async (agent: Agent) => (await agent.get('/api/session').expect(200)).body.user.id as string;

beforeAll(async () => {
  t = await openTestApp();
  const farah = await t.addUser('farah', 'factchecker');
  const omar = await t.addUser('omar', 'factchecker');
  const nadia = await t.addUser('nadia', 'editor');
  actors.factchecker = { agent: farah, id: await idOf(farah), other: omar, otherId: await idOf(omar) };
  actors.editor = { agent: t.api, id: await idOf(t.api), other: nadia, otherId: await idOf(nadia) };
  text = (await t.api.get(`/api/articles/${DEMO_ID}`).expect(200)).body.text;
});
afterAll(() => t.cleanup());

/** A claim made by `maker`, approved by an editor when asked. */
async function claimBy(maker: Agent, approved: boolean) {
  const claim = (await maker.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 0, 4, { verdict: 'disputed' })).expect(201)).body;
  if (!approved) return claim;
  return (await t.api.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version }).expect(200)).body;
}

const newArticle = async () =>
  (await t.api.post('/api/articles').send(buildArticleBody({ title: `Article ${++serial}`, text: `The ministry said talks would begin on day ${serial}.` })).expect(201)).body;
const newSource = async () =>
  (await t.api.post('/api/sources').send({ name: `Ministry ${++serial}`, aliases: [`Ministry ${serial}`, `Minister ${serial}`] }).expect(201)).body;

/** Sets the row's record up (as someone else where the actor acts on no record of theirs) and makes the request. */
async function act({ role, action, own = false, approved = false }: Row) {
  const { agent, id, other, otherId } = actors[role];
  // "Not own" claims are made by another person of the same role: another fact-checker's, another editor's.
  const maker = own ? agent : other;
  switch (action) {
    case 'claim.create':
      return () => agent.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(text, 5, 9));
    case 'claim.edit': {
      const claim = await claimBy(maker, approved);
      return () => agent.patch(`/api/claims/${claim.id}`).send({ version: claim.version, note: `changed ${++serial}` });
    }
    case 'claim.delete': {
      const claim = await claimBy(maker, approved);
      return () => agent.delete(`/api/claims/${claim.id}`);
    }
    case 'claim.restore': {
      const claim = await claimBy(maker, approved);
      await t.api.delete(`/api/claims/${claim.id}`).expect(204);
      return () => agent.post(`/api/claims/${claim.id}/restore`);
    }
    case 'claim.review': {
      const claim = await claimBy(maker, approved);
      return () => agent.post(`/api/claims/${claim.id}/review`).send({ decision: 'approve', version: claim.version });
    }
    case 'suggestion.accept':
    case 'suggestion.reject': {
      const open = (await t.api.get(`/api/articles/${DEMO_ID}/suggestions`).expect(200)).body;
      const s = open[0];
      return action === 'suggestion.accept'
        ? () => agent.post(`/api/articles/${DEMO_ID}/suggestions/accept`).send({ suggestions: [{ key: s.key, start: s.start, end: s.end, exact: s.exact, sourceId: s.sourceId ?? 'kremlin' }] })
        : () => agent.post(`/api/articles/${DEMO_ID}/suggestions/reject`).send({ suggestions: [{ key: s.key }] });
    }
    case 'article.create':
      return () => agent.post('/api/articles').send(buildArticleBody({ title: `Added ${++serial}`, text: `Officials denied the report on day ${serial}.` }));
    case 'article.edit': {
      const article = await newArticle();
      return () => agent.patch(`/api/articles/${article.id}`).send({ title: 'A better title' });
    }
    case 'article.delete': {
      const article = await newArticle();
      return () => agent.delete(`/api/articles/${article.id}`);
    }
    case 'article.restore': {
      const article = await newArticle();
      await t.api.delete(`/api/articles/${article.id}`).expect(204);
      return () => agent.post(`/api/articles/${article.id}/restore`);
    }
    case 'source.create':
      return () => agent.post('/api/sources').send({ name: `Spokesman ${++serial}` });
    case 'source.edit': {
      const source = await newSource();
      return () => agent.patch(`/api/sources/${source.id}`).send({ aliases: [] });
    }
    case 'source.delete': {
      const source = await newSource();
      return () => agent.delete(`/api/sources/${source.id}`);
    }
    case 'user.list':
      return () => agent.get('/api/users');
    case 'user.create':
      return () => agent.post('/api/users').send({ username: `person${++serial}`, displayName: 'Someone', password: TEST_PASSWORD, role: 'factchecker' });
    case 'user.edit':
      return () => agent.patch(`/api/users/${own ? id : otherId}`).send({ displayName: `Renamed ${++serial}` });
    case 'user.locale':
      return () => agent.patch(`/api/users/${own ? id : otherId}`).send({ locale: 'fr' });
    case 'settings.edit':
      return () => agent.patch('/api/settings').send({ newsroomName: `Desk ${++serial}` });
  }
}

const describeRow = ({ role, action, own, approved }: Row) =>
  [role, action, own === undefined ? '' : own ? 'own' : "someone else's", approved === undefined ? '' : approved ? 'approved' : 'not approved']
    .filter(Boolean)
    .join(', ');

describe('the access policy through the API', () => {
  it.each(TABLE.map((row) => [describeRow(row), row] as const))('%s', async (_name, row) => {
    const request = await act(row);
    const before = await t.readStoreFile();
    const res = await request();
    expect(res.status, JSON.stringify(res.body)).toBe(row.status);
    if (row.status !== 403) return;
    expect(res.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/^Only an editor can /) });
    expect(Buffer.compare(await t.readStoreFile(), before)).toBe(0);
  });

  it('says what is refused and why: someone else\'s claim, an approved claim, an editors\' action', async () => {
    const others = await claimBy(actors.factchecker.other, false);
    const mine = await claimBy(actors.factchecker.agent, true);
    const farah = actors.factchecker.agent;
    expect((await farah.delete(`/api/claims/${others.id}`).expect(403)).body.error).toEqual({
      code: 'forbidden',
      message: "Only an editor can delete someone else's claim",
      params: { kind: 'not_own', action: 'claim.delete' },
    });
    expect((await farah.patch(`/api/claims/${mine.id}`).send({ version: mine.version, note: 'x' }).expect(403)).body.error).toMatchObject({
      message: 'Only an editor can change an approved claim',
      params: { kind: 'approved' },
    });
    const article = await newArticle();
    expect((await farah.delete(`/api/articles/${article.id}`).expect(403)).body.error).toMatchObject({
      message: 'Only an editor can delete an article',
      params: { kind: 'role' },
    });
  });
});
