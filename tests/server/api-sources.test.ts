// The newsroom's source directory over HTTP (issue 17, item 1), on both stores: editors add and edit sources with their
// people and institutions, merge two sources (claims, aliases and people move), and remove one in use only by saying
// where its claims go. Every change is in the source's history; every moved claim in its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Source, SourceAuditEntry } from '../../domain/schemas.ts';
import { buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp, type Agent } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let demo: string;
let factchecker: Agent;

beforeAll(async () => {
  t = await openTestApp();
  demo = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  factchecker = await t.addUser('farid', 'factchecker');
});
afterAll(() => t.cleanup());

const PESKOV = {
  names: { en: 'Dmitry Peskov', ar: 'ديمتري بيسكوف', fr: 'Dmitri Peskov' },
  aliases: ['Peskov'],
  roles: { en: 'Kremlin spokesman', ar: 'المتحدث باسم الكرملين', fr: 'porte-parole du Kremlin' },
  from: '2012-05-22',
};

async function addSource(body: object): Promise<Source> {
  return (await t.api.post('/api/sources').send(body).expect(201)).body as Source;
}

async function claimOf(sourceId: string, start: number): Promise<Claim> {
  return (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, start, start + 6, { sourceId })).expect(201)).body as Claim;
}

const history = async (sourceId: string) => (await t.api.get(`/api/sources/${sourceId}/history`).expect(200)).body as SourceAuditEntry[];

describe('the source directory', () => {
  it('seeds the four sources with their people, institutions and sameAs', async () => {
    const sources = (await t.api.get('/api/sources').expect(200)).body as Source[];
    const armenia = sources.find((s) => s.id === 'armenian-government');
    expect(armenia).toMatchObject({ kind: 'government', country: 'AM', sameAs: 'https://en.wikipedia.org/wiki/Government_of_Armenia' });
    expect(armenia?.people.find((p) => p.id === 'nikol-pashinyan')).toMatchObject({ roles: { en: 'Prime Minister of Armenia' }, from: '2018-05-08', to: null });
    expect(armenia?.institutions.map((i) => i.names.en)).toContain('Armenian Ministry of Foreign Affairs');
    expect(sources.find((s) => s.id === 'kremlin')?.people.map((p) => p.names.en)).toEqual(['Vladimir Putin', 'Dmitry Peskov', 'Yuri Ushakov']);
  });

  it('creates a source with its people and institutions, giving each an id, and records it', async () => {
    const source = await addSource({
      name: 'Russian presidency', kind: 'presidency', country: 'ru', sameAs: 'https://www.wikidata.org/wiki/Q4376',
      people: [PESKOV], institutions: [{ names: { en: 'Security Council of Russia' } }],
    });
    expect(source).toMatchObject({ id: 'russian-presidency', kind: 'presidency', country: 'RU', sameAs: 'https://www.wikidata.org/wiki/Q4376' });
    expect(source.people).toEqual([{ id: expect.any(String), ...PESKOV, to: null }]);
    expect(source.institutions).toEqual([{ id: expect.any(String), names: { en: 'Security Council of Russia' }, aliases: [] }]);
    expect((await history(source.id)).map((e) => [e.action, e.userId !== null])).toEqual([['create', true]]);
  });

  it('edits a source: adds a person, clears sameAs and kind with null, and records before and after', async () => {
    const source = await addSource({ name: 'Georgian government', kind: 'government', country: 'GE', sameAs: 'https://example.org/ge' });
    const person = { names: { en: 'Irakli Garibashvili' }, roles: { en: 'Georgian prime minister' } };
    const edited = (await t.api.patch(`/api/sources/${source.id}`).send({ people: [person], sameAs: null, kind: null }).expect(200)).body as Source;
    expect(edited).not.toHaveProperty('sameAs');
    expect(edited).not.toHaveProperty('kind');
    expect(edited.people).toMatchObject([{ names: { en: 'Irakli Garibashvili' }, roles: { en: 'Georgian prime minister' }, aliases: [], from: null, to: null }]);
    const entries = await history(source.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1]).toMatchObject({ before: { sameAs: 'https://example.org/ge', people: [] }, after: { people: [{ names: { en: 'Irakli Garibashvili' } }] } });
  });

  it.each([
    ['a kind outside the vocabulary', { name: 'X1', kind: 'authority' }, 'kind'],
    ['a country that is not a two-letter code', { name: 'X2', country: 'ARM' }, 'country'],
    ['a sameAs that is not an http(s) URL', { name: 'X3', sameAs: 'javascript:alert(1)' }, 'sameAs'],
    ['a person without a name', { name: 'X4', people: [{ names: {} }] }, 'people.0.names'],
    ['a person whose end is before their start', { name: 'X5', people: [{ names: { en: 'A' }, from: '2020-01-02', to: '2020-01-01' }] }, 'people.0.to'],
    ['an unknown field of a person', { name: 'X6', people: [{ names: { en: 'A' }, title: 'PM' }] }, 'people.0.title'],
  ])('refuses %s, naming the field', async (_name, body, field) => {
    const before = await t.readStoreFile();
    const res = await t.api.post('/api/sources').send(body).expect(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field });
    expect(await t.readStoreFile()).toEqual(before);
  });

  it('lets only editors edit, merge or delete a source, and lets nobody read a history without', async () => {
    await factchecker.patch('/api/sources/kremlin').send({ aliases: [] }).expect(403);
    await factchecker.post('/api/sources/kremlin/merge').send({ into: 'elysee' }).expect(403);
    await factchecker.delete('/api/sources/kremlin?moveClaimsTo=elysee').expect(403);
    await factchecker.get('/api/sources/kremlin/history').expect(403);
  });
});

describe('merging two sources', () => {
  it('moves the claims, aliases, people and institutions of one to the other, and the first is gone', async () => {
    const from = await addSource({ name: 'Press service of the Kremlin', names: { ru: 'Пресс-служба Кремля' }, aliases: ['Kremlin press service'], people: [PESKOV], institutions: [{ names: { en: 'Kremlin press office' } }] });
    const into = await addSource({ name: 'Kremlin administration', sameAs: 'https://example.org/k' });
    const claims = [await claimOf(from.id, 10), await claimOf(from.id, 40)];
    const res = await t.api.post(`/api/sources/${from.id}/merge`).send({ into: into.id }).expect(200);
    expect(res.body.moved).toBe(2);
    expect(res.body.source.aliases).toEqual(['Press service of the Kremlin', 'Пресс-служба Кремля', 'Kremlin press service']);
    expect(res.body.source.people.map((p: { names: { en: string } }) => p.names.en)).toEqual(['Dmitry Peskov']);
    expect(res.body.source.institutions.map((i: { names: { en: string } }) => i.names.en)).toEqual(['Kremlin press office']);

    const sources = (await t.api.get('/api/sources').expect(200)).body as Source[];
    expect(sources.map((s) => s.id)).not.toContain(from.id);
    for (const claim of claims) {
      const moved = (await t.api.get(`/api/claims/${claim.id}`).expect(200)).body as Claim;
      expect(moved).toMatchObject({ sourceId: into.id, version: claim.version + 1 });
      const trail = (await t.api.get(`/api/claims/${claim.id}/history`).expect(200)).body as Array<{ action: string; before: unknown; after: unknown }>;
      expect(trail.at(-1)).toMatchObject({ action: 'source', before: from.id, after: into.id });
    }
    expect((await history(from.id)).map((e) => e.action)).toEqual(['create', 'merge']);
    expect((await history(from.id))[1]?.after).toEqual({ into: into.id, movedClaims: 2 });
    expect((await history(into.id)).map((e) => e.action)).toEqual(['create', 'update']);
  });

  it('refuses to merge a source into itself or into one that does not exist', async () => {
    const source = await addSource({ name: 'Lonely source' });
    const self = await t.api.post(`/api/sources/${source.id}/merge`).send({ into: source.id }).expect(400);
    expect(self.body.error).toMatchObject({ code: 'same_source', field: 'into' });
    const unknown = await t.api.post(`/api/sources/${source.id}/merge`).send({ into: 'nobody' }).expect(400);
    expect(unknown.body.error).toMatchObject({ code: 'invalid_request', field: 'into', params: { reason: 'unknown_source' } });
    await t.api.post('/api/sources/nobody/merge').send({ into: source.id }).expect(404);
  });
});

describe('deleting a source in use', () => {
  it('asks where its claims go, then moves them there and removes it', async () => {
    const source = await addSource({ name: 'Short-lived source' });
    const claim = await claimOf(source.id, 80);
    const before = await t.readStoreFile();
    const asked = await t.api.delete(`/api/sources/${source.id}`).expect(409);
    expect(asked.body.error).toMatchObject({ code: 'source_in_use', field: 'moveClaimsTo', params: { count: 1 } });
    expect(await t.readStoreFile()).toEqual(before);

    const self = await t.api.delete(`/api/sources/${source.id}?moveClaimsTo=${source.id}`).expect(400);
    expect(self.body.error).toMatchObject({ code: 'same_source', field: 'moveClaimsTo' });

    await t.api.delete(`/api/sources/${source.id}?moveClaimsTo=elysee`).expect(204);
    expect(((await t.api.get(`/api/claims/${claim.id}`).expect(200)).body as Claim).sourceId).toBe('elysee');
    expect(((await t.api.get('/api/sources').expect(200)).body as Source[]).map((s) => s.id)).not.toContain(source.id);
    const entries = await history(source.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(entries[1]?.after).toEqual({ movedClaimsTo: 'elysee', movedClaims: 1 });
  });

  it('removes a source no claim uses without asking, and never gives its id (and history) to a newcomer', async () => {
    const source = await addSource({ name: 'Unused source' });
    await t.api.delete(`/api/sources/${source.id}`).expect(204);
    const newcomer = await addSource({ name: 'Unused source' });
    expect(newcomer.id).not.toBe(source.id);
    expect((await history(newcomer.id)).map((e) => e.action)).toEqual(['create']);
  });
});
