// Invisible characters in what people type (issue 13, finding 14): one-line fields refuse control characters, line
// breaks and tabs, and bidi overrides and isolates, naming the field and changing nothing; multi-line fields refuse
// controls and overrides but keep lines, tabs and isolates; article text drops controls at intake and keeps the
// marks Arabic uses (RLM, LRM, ALM, ZWNJ), the preview and the stored text alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArticleBody, buildClaimBody } from '../support/builders.ts';
import { DEMO_ID, openTestApp } from '../support/test-app.ts';

let t: Awaited<ReturnType<typeof openTestApp>>;
let demo: string;
let articleId: string;
let claim: { id: string; version: number };
let userId: string;

beforeAll(async () => {
  t = await openTestApp();
  demo = (await t.api.get(`/api/articles/${DEMO_ID}`)).body.text;
  articleId = (await t.api.post('/api/articles').send(buildArticleBody({ text: 'Paris said so. Baku denied it.', title: 'Plain' })).expect(201)).body.id;
  claim = (await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, 0, 4)).expect(201)).body;
  userId = (await t.api.post('/api/users').send({ username: 'fatima', displayName: 'Fatima', password: 'correct horse battery', role: 'factchecker' }).expect(201)).body.id;
});
afterAll(() => t.cleanup());

/** The characters the review used, by name: NUL, BEL (C0), NEL (C1), RLO (override), LRI (isolate). */
const HOSTILE = { NUL: '\u0000', BEL: '\u0007', NEL: '\u0085', RLO: '\u202E', LRI: '\u2066' } as const;
const REASON: Record<string, string> = { NUL: 'control_character', BEL: 'control_character', NEL: 'control_character', RLO: 'bidi_control', LRI: 'bidi_control', LF: 'single_line', TAB: 'single_line' };

interface Field {
  /** The field as the error names it. */
  field: string;
  method: 'post' | 'patch';
  url: () => string;
  /** A request body with `value` in the field. */
  body: (value: string) => object;
}

const singleLineFields: Field[] = [
  { field: 'name', method: 'post', url: () => '/api/sources', body: (v) => ({ name: `TASS${v}` }) },
  { field: 'people.0.names.en', method: 'post', url: () => '/api/sources', body: (v) => ({ name: 'TASS', people: [{ names: { en: `Andrei${v} Kondrashov` } }] }) },
  { field: 'people.0.roles.fr', method: 'post', url: () => '/api/sources', body: (v) => ({ name: 'TASS', people: [{ names: { en: 'A' }, roles: { fr: `directeur${v}` } }] }) },
  { field: 'institutions.0.aliases.0', method: 'patch', url: () => '/api/sources/kremlin', body: (v) => ({ institutions: [{ names: { en: 'Security Council' }, aliases: [`Sovbez${v}`] }] }) },
  { field: 'names.ru', method: 'post', url: () => '/api/sources', body: (v) => ({ name: 'TASS', names: { ru: `ТАСС${v}` } }) },
  { field: 'aliases.1', method: 'post', url: () => '/api/sources', body: (v) => ({ name: 'TASS', aliases: ['TASS', `ТАСС${v}`] }) },
  { field: 'aliases.0', method: 'patch', url: () => '/api/sources/kremlin', body: (v) => ({ aliases: [`Kremlin${v}`] }) },
  { field: 'title', method: 'post', url: () => '/api/articles', body: (v) => buildArticleBody({ text: 'A new text.', title: `Truce${v} talk` }) },
  { field: 'outlet', method: 'post', url: () => '/api/articles', body: (v) => buildArticleBody({ text: 'A new text.', outlet: `${v}Wire` }) },
  { field: 'outlet', method: 'post', url: () => '/api/articles/preview', body: (v) => ({ text: 'A new text.', outlet: `Wire${v}` }) },
  { field: 'title', method: 'patch', url: () => `/api/articles/${articleId}`, body: (v) => ({ title: `Plain${v}` }) },
  { field: 'evidence.0.title', method: 'post', url: () => `/api/articles/${DEMO_ID}/claims`, body: (v) => buildClaimBody(demo, 5, 9, { evidence: [{ url: 'https://e.org/a', title: `Source${v}` }] }) },
  { field: 'evidence.0.title', method: 'patch', url: () => `/api/claims/${claim.id}`, body: (v) => ({ version: claim.version, evidence: [{ url: 'https://e.org/a', title: `Source${v}` }] }) },
  { field: 'newsroomName', method: 'patch', url: () => '/api/settings', body: (v) => ({ newsroomName: `Desk${v}` }) },
  { field: 'displayName', method: 'post', url: () => '/api/users', body: (v) => ({ username: 'omar', displayName: `Omar${v}`, password: 'correct horse battery', role: 'factchecker' }) },
  { field: 'displayName', method: 'patch', url: () => `/api/users/${userId}`, body: (v) => ({ displayName: `Fatima${v}` }) },
  { field: 'displayName', method: 'post', url: () => '/api/setup', body: (v) => ({ username: 'first', displayName: `First${v}`, password: 'correct horse battery' }) },
  { field: 'username', method: 'post', url: () => '/api/session', body: (v) => ({ username: `editor${v}`, password: 'correct horse battery' }) },
];

const multiLineFields: Field[] = [
  { field: 'note', method: 'post', url: () => `/api/articles/${DEMO_ID}/claims`, body: (v) => buildClaimBody(demo, 5, 9, { note: `Checked${v} twice.` }) },
  { field: 'note', method: 'patch', url: () => `/api/claims/${claim.id}`, body: (v) => ({ version: claim.version, note: `Checked${v} twice.` }) },
  { field: 'evidence.0.note', method: 'patch', url: () => `/api/claims/${claim.id}`, body: (v) => ({ version: claim.version, evidence: [{ url: 'https://e.org/a', note: `Seen${v}.` }] }) },
  { field: 'comment', method: 'post', url: () => `/api/claims/${claim.id}/review`, body: (v) => ({ decision: 'return', version: claim.version, comment: `Check${v} the date.` }) },
];

const send = (f: Field, value: string) => t.api[f.method](f.url()).send(f.body(value));

async function expectRefused(f: Field, value: string, reason: string) {
  const before = await t.readStoreFile();
  const res = await send(f, value);
  expect(res.status).toBe(400);
  expect(res.body.error).toMatchObject({ code: 'invalid_request', field: f.field, params: { reason } });
  expect(await t.readStoreFile()).toEqual(before);
}

const rows = (fields: Field[], chars: Record<string, string>) =>
  fields.flatMap((f) => Object.entries(chars).map(([name, char]) => ({ ...f, name, char })));

describe('one-line fields', () => {
  it.each(rows(singleLineFields, { ...HOSTILE, LF: '\n', TAB: '\t' }))('refuse $name in $field ($method), naming it and changing nothing', async (row) => {
    await expectRefused(row, row.char, REASON[row.name]!);
  });

  it('keep the marks Arabic names use: RLM, LRM, ALM, ZWNJ and ZWJ', async () => {
    const name = 'وكالة\u200C الأنباء\u200F (TASS)\u200E \u061C٣\u200D';
    const res = await t.api.post('/api/sources').send({ name, aliases: [name] }).expect(201);
    expect(res.body).toMatchObject({ name, aliases: [name] });
  });

  it('keep refusing, as before, what their patterns already kept out: a language tag and a username', async () => {
    for (const char of Object.values(HOSTILE)) {
      const language = await t.api.post('/api/articles').send(buildArticleBody({ text: 'Another text.', language: `ar${char}` }));
      expect(language.body.error).toMatchObject({ code: 'invalid_request', field: 'language' });
      const username = await t.api.post('/api/users').send({ username: `omar${char}`, displayName: 'Omar', password: 'correct horse battery', role: 'editor' });
      expect(username.body.error).toMatchObject({ code: 'invalid_request', field: 'username' });
    }
  });
});

describe('multi-line fields', () => {
  const { LRI: _isolate, ...refused } = HOSTILE;
  it.each(rows(multiLineFields, { ...refused, LRE: '\u202A', PDF: '\u202C' }))('refuse $name in $field ($method), naming it and changing nothing', async (row) => {
    await expectRefused(row, row.char, row.name === 'LRE' || row.name === 'PDF' ? 'bidi_control' : REASON[row.name]!);
  });

  it('keep lines, tabs and isolates, storing CRLF as LF', async () => {
    const note = 'First line\r\nsecond\tcolumn\rthird \u2067بيان\u2069 end';
    const res = await t.api.post(`/api/articles/${DEMO_ID}/claims`).send(buildClaimBody(demo, 5, 9, { note })).expect(201);
    expect(res.body.note).toBe('First line\nsecond\tcolumn\nthird \u2067بيان\u2069 end');
  });
});

describe('article text at intake', () => {
  // An Arabic text with the marks it really uses (RLM after a Latin word, LRM, ALM before digits, ZWNJ) and the
  // debris of a copy from a PDF or a terminal: NUL, BEL, DEL, an escape, NEL and C1 controls, a form feed.
  const marks = 'قال المتحدث باسم الكرملين Peskov\u200F إن المحادثات\u200C ستبدأ \u061C١٠ أكتوبر في موسكو\u200E.';
  const dirty = `${marks.slice(0, 9)}\u0000${marks.slice(9, 30)}\u0007\u007F${marks.slice(30)}\u001B\u0090\u009F\nوقال\u0085 الوزير\f إنه مستعد للحوار.`;
  const clean = `${marks}\nوقال\n الوزير\n إنه مستعد للحوار.`;

  it('drops control characters, keeps RLM, LRM, ALM and ZWNJ, and previews the very text it stores', async () => {
    const preview = await t.api.post('/api/articles/preview').send({ text: dirty }).expect(200);
    expect(preview.body.text).toBe(clean);
    const saved = await t.api.post('/api/articles').send({ text: dirty, title: 'بيان' }).expect(201);
    expect(saved.body.text).toBe(clean);
    expect(saved.body.text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    for (const mark of ['\u200F', '\u200E', '\u061C', '\u200C']) expect(saved.body.text).toContain(mark);
    // Offsets from the preview point into the stored text: a claim on the words after the dropped NUL anchors.
    const start = clean.indexOf('المحادثات');
    await t.api.post(`/api/articles/${saved.body.id}/claims`).send(buildClaimBody(clean, start, start + 'المحادثات'.length)).expect(201);
  });

  it('drops them from a text edit and from HTML too', async () => {
    const edited = await t.api.patch(`/api/articles/${articleId}`).send({ text: 'Paris\u0000 said so.\u0085Baku denied it.' }).expect(200);
    expect(edited.body.text).toBe('Paris said so.\nBaku denied it.');
    const html = await t.api.post('/api/articles/preview').send({ html: '<p>Moscow\u0000 spoke\u0007 today.</p>' }).expect(200);
    expect(html.body.text).toBe('Moscow spoke today.');
  });

  it('still refuses a binary file: controls more than one character in ten', async () => {
    const res = await t.api.post('/api/articles/preview').send({ text: 'PK\u0003\u0004\u0014\u0000\u0008\u0000 x' }).expect(400);
    expect(res.body.error).toMatchObject({ field: 'text', params: { reason: 'binary_text' } });
  });
});
