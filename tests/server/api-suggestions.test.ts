// Suggested statements through the API: proposed with speakers, accepted as claims (all or none), rejected for good,
// and new sources taking part in matching at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SuggestionSchema, type Claim, type Suggestion } from '../../domain/schemas.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let text: string;
const open = async (): Promise<Suggestion[]> => SuggestionSchema.array().parse((await t.api.get(`/api/articles/${DEMO_ID}/suggestions`).expect(200)).body);

beforeAll(async () => {
  t = await openTestApp();
  text = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
});
afterAll(() => t.cleanup());

describe('suggestions', () => {
  it("proposes the Kremlin's demand with the Kremlin as speaker, each span exact", async () => {
    const suggestions = await open();
    for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.exact);
    const demand = suggestions.find((s) => s.exact.includes('بوقف القتال'));
    expect(demand).toMatchObject({ sourceId: 'kremlin' });
  });

  it('accepts suggestions as claims, all or none', async () => {
    const [first, second] = await open();
    const before = await t.readStoreFile();
    const bad = await t.api
      .post(`/api/articles/${DEMO_ID}/suggestions/accept`)
      .send({ suggestions: [{ ...first!, sourceId: first!.sourceId ?? 'kremlin', reason: undefined }, { key: second!.key, start: second!.start, end: second!.end + 1, exact: second!.exact, sourceId: 'kremlin' }] })
      .expect(400);
    expect(bad.body.error.field).toMatch(/^suggestions\.1\.(end|exact)$/);
    expect(await t.readStoreFile()).toEqual(before);

    const made = await t.api
      .post(`/api/articles/${DEMO_ID}/suggestions/accept`)
      .send({ suggestions: [{ key: first!.key, start: first!.start, end: first!.end, exact: first!.exact, sourceId: first!.sourceId ?? 'kremlin' }] })
      .expect(201);
    expect((made.body as Claim[])[0]).toMatchObject({ start: first!.start, end: first!.end, verdict: 'unreviewed' });
    expect((await open()).some((s) => s.key === first!.key)).toBe(false); // now a claim, no longer proposed
  });

  it('never proposes a rejected suggestion again', async () => {
    const [victim] = await open();
    await t.api.post(`/api/articles/${DEMO_ID}/suggestions/reject`).send({ suggestions: [{ key: victim!.key }] }).expect(200);
    const again = await t.api.post(`/api/articles/${DEMO_ID}/suggestions/reject`).send({ suggestions: [{ key: victim!.key }] }).expect(200);
    expect(again.body).toEqual({ rejected: 0 });
    expect((await open()).some((s) => s.key === victim!.key)).toBe(false);
  });

  it('lets a source added by a user take part in matching at once', async () => {
    const speakerless = (await open()).filter((s) => s.sourceId === null).length;
    const created = await t.api
      .post('/api/sources')
      .send({ name: 'Separatist authorities', names: { ar: 'السلطات الانفصالية' }, aliases: ['السلطات الانفصالية', 'الانفصاليين'] })
      .expect(201);
    const after = await open();
    expect(after.some((s) => s.sourceId === created.body.id)).toBe(true);
    expect(after.filter((s) => s.sourceId === null).length).toBeLessThanOrEqual(speakerless);
  });

  it("reads a person's role dates against the article's publication date", async () => {
    // Invented: a governor in office until 2019 only.
    await t.api
      .post('/api/sources')
      .send({ name: 'Northmarch council', aliases: ['Northmarch council'], people: [{ names: { en: 'Idris Vantongeren' }, roles: { en: 'Northmarch governor' }, from: '2014-01-01', to: '2019-12-31' }] })
      .expect(201);
    const speakerOn = async (publishedAt: string) => {
      const text = `The Northmarch governor said the new bridge would open in the spring of ${publishedAt.slice(0, 4)}.`;
      const article = await t.api.post('/api/articles').send({ text, title: `Bridge ${publishedAt}`, language: 'en', publishedAt }).expect(201);
      const body = (await t.api.get(`/api/articles/${article.body.id}/suggestions`).expect(200)).body as Suggestion[];
      return body.map((s) => s.sourceId === null);
    };
    expect(await speakerOn('2018-05-02')).toEqual([false]);
    expect(await speakerOn('2022-05-02')).toEqual([true]);
  });
});
