// The newsroom's suggestion threshold through the API (issue 17, item 4): a setting editors change within 0..1, and
// suggestions scoring under it are not proposed. Runs on lowdb (unit) and on PostgreSQL (api-postgres).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUGGESTION_THRESHOLD, SuggestionSchema, type Suggestion } from '../../domain/schemas.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
const open = async (): Promise<Suggestion[]> => SuggestionSchema.array().parse((await t.api.get(`/api/articles/${DEMO_ID}/suggestions`).expect(200)).body);
const setThreshold = (value: unknown) => t.api.patch('/api/settings').send({ suggestionThreshold: value });

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.cleanup());

describe('the suggestion threshold', () => {
  it('starts at the default and is kept when other settings change', async () => {
    expect((await t.api.get('/api/settings').expect(200)).body.suggestionThreshold).toBe(DEFAULT_SUGGESTION_THRESHOLD);
    const renamed = await t.api.patch('/api/settings').send({ newsroomName: 'Threshold desk' }).expect(200);
    expect(renamed.body.suggestionThreshold).toBe(DEFAULT_SUGGESTION_THRESHOLD);
  });

  it.each([
    { value: -0.1, why: 'below 0' },
    { value: 1.01, why: 'above 1' },
    { value: '0.5', why: 'a string' },
    { value: null, why: 'null' },
  ])('refuses a threshold that is $why, naming the field', async ({ value }) => {
    const refused = await setThreshold(value).expect(400);
    expect(refused.body.error.field).toBe('suggestionThreshold');
    expect((await t.api.get('/api/settings')).body.suggestionThreshold).toBe(DEFAULT_SUGGESTION_THRESHOLD);
  });

  it('hides suggestions scoring under it, and shows them again when lowered', async () => {
    await setThreshold(0).expect(200);
    const all = await open();
    const scores = all.map((s) => s.score ?? 1);
    const cut = Math.max(...scores);
    expect(Math.min(...scores), 'the demo needs suggestions of different scores').toBeLessThan(cut);

    const saved = await setThreshold(cut).expect(200);
    expect(saved.body.suggestionThreshold).toBe(cut);
    expect((await t.api.get('/api/settings')).body.suggestionThreshold).toBe(cut);
    const kept = await open();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(kept.every((s) => (s.score ?? 1) >= cut)).toBe(true);
    expect(kept.map((s) => s.key)).toEqual(all.filter((s) => (s.score ?? 1) >= cut).map((s) => s.key));

    await setThreshold(0).expect(200);
    expect((await open()).map((s) => s.key)).toEqual(all.map((s) => s.key));
  });

  it('is the editors\' to change: a fact-checker is refused', async () => {
    const checker = await t.addUser('threshold-checker', 'factchecker');
    await checker.patch('/api/settings').send({ suggestionThreshold: 0.9 }).expect(403);
  });
});
