// @vitest-environment jsdom
// The intake form's logic: reading a dropped file (UTF-8 text or HTML only), its own checks before sending, and a
// server refusal put at the field it names, in the form's words.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { flushSync } from 'react-dom';
import type { Article } from '../../../domain/schemas.ts';
import { fieldErrorsFrom } from '../../../client/src/features/intake/field-errors.ts';
import { readArticleFile } from '../../../client/src/features/intake/read-article-file.ts';
import { useIntakeForm } from '../../../client/src/features/intake/use-intake-form.ts';
import { ApiError } from '../../../client/src/lib/api-client.ts';
import { buildArticle } from '../../support/builders.ts';
import { englishReady, gate, renderHook, startApi, testQueryClient, type FakeApi, type Reply } from '../harness.ts';

beforeAll(englishReady);

const file = (name: string, content: BlobPart) => new File([content], name);

describe('readArticleFile', () => {
  it('reads .txt and .md as text and .html as HTML, Arabic included', async () => {
    expect(await readArticleFile(file('خبر.txt', 'قال الكرملين.'))).toEqual({ ok: true, file: { kind: 'text', content: 'قال الكرملين.', fileName: 'خبر.txt' } });
    expect(await readArticleFile(file('a.MD', '# Title'))).toMatchObject({ ok: true, file: { kind: 'text' } });
    expect(await readArticleFile(file('page.htm', '<p>x</p>'))).toMatchObject({ ok: true, file: { kind: 'html', content: '<p>x</p>' } });
  });

  it('refuses other extensions, empty files, binaries and text that is not UTF-8, naming the file', async () => {
    const refusal = async (f: File) => {
      const result = await readArticleFile(f);
      expect(result.ok).toBe(false);
      return result.ok ? '' : result.message;
    };
    expect(await refusal(file('scan.pdf', 'x'))).toContain('scan.pdf');
    expect(await refusal(file('README', 'x'))).toContain('README');
    expect(await refusal(file('empty.txt', ''))).toMatch(/empty/);
    expect(await refusal(file('image.txt', new Uint8Array([0x89, 0x50, 0x00, 0x47])))).toMatch(/binary/);
    expect(await refusal(file('cp1256.txt', new Uint8Array([0xc7, 0xe1, 0xdf])))).toMatch(/UTF-8/);
  });
});

describe('fieldErrorsFrom', () => {
  const labels = { title: ['title', 'Title'], publishedAt: ['publishedAt', 'Publication date'] } as Record<string, ['title' | 'publishedAt', string]>;

  it('puts a refusal at the field it names, in the form’s label', () => {
    const error = new ApiError(400, 'invalid_request', 'publishedAt: must be a day', 'publishedAt');
    expect(fieldErrorsFrom(error, labels)).toEqual({ publishedAt: 'Publication date must be a day' });
    const reasoned = new ApiError(400, 'invalid_request', 'title: bad', 'title', undefined, { reason: 'unknown_source' });
    expect(fieldErrorsFrom(reasoned, labels)).toEqual({ title: 'Title no source has this id.' });
  });

  it('says anything else under the form', () => {
    expect(fieldErrorsFrom(new ApiError(400, 'invalid_request', 'x', 'body'), labels)).toHaveProperty('form');
    expect(fieldErrorsFrom(new Error('offline'), labels)).toEqual({ form: 'offline' });
    expect(fieldErrorsFrom(new ApiError(409, 'duplicate', 'Already there', 'title'), labels).title).toBeTruthy();
  });
});

describe('useIntakeForm', () => {
  let api: FakeApi;
  let reply: () => Reply;
  beforeEach(async () => {
    reply = () => ({ status: 201, body: buildArticle() });
    api = await startApi(() => reply());
  });
  afterEach(() => api.close());

  it('checks the text and the title before sending anything', () => {
    const { result } = renderHook(() => useIntakeForm(() => undefined), testQueryClient());
    flushSync(() => expect(result.current.save()).toBe(false));
    expect(result.current.errors).toEqual({ text: 'Paste the article’s text, or choose a file.', title: 'Give the article a title.' });
    flushSync(() => result.current.inputChanged({ kind: 'text', text: 'x'.repeat(1_000_000), fileName: null }));
    expect(result.current.errors.text).toMatch(/too long/);
    expect(api.calls).toEqual([]);
  });

  it('sends the article with its metadata trimmed and hands the saved article back', async () => {
    const saved = gate<Article>();
    const { result } = renderHook(() => useIntakeForm(saved.open), testQueryClient());
    flushSync(() => {
      result.current.inputChanged({ kind: 'text', text: 'قال الكرملين إن المحادثات ستبدأ.', fileName: null });
      result.current.metaChanged('title', '  محادثات  ');
      result.current.metaChanged('url', ' ');
      result.current.languageChosen('ar');
      result.current.directionChosen('rtl');
    });
    flushSync(() => expect(result.current.save()).toBe(true));
    expect(await saved.promise).toMatchObject({ id: 'article-1' });
    expect(api.calls[0]).toMatchObject({
      method: 'POST',
      path: '/articles',
      body: { text: 'قال الكرملين إن المحادثات ستبدأ.', title: 'محادثات', outlet: '', url: null, publishedAt: null, language: 'ar', direction: 'rtl' },
    });
  });

  it('takes a chosen HTML file as the input, and shows why a file was refused at the file', async () => {
    const { result } = renderHook(() => useIntakeForm(() => undefined), testQueryClient());
    // The file is read asynchronously: act() applies the state it sets once read.
    const acting = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    acting.IS_REACT_ACT_ENVIRONMENT = true;
    await act(() => result.current.fileChosen(file('page.html', '<p>x</p>')));
    expect(result.current.input).toEqual({ kind: 'html', html: '<p>x</p>', fileName: 'page.html' });
    await act(() => result.current.fileChosen(file('scan.pdf', 'x')));
    expect(result.current.errors.file).toContain('scan.pdf');
    acting.IS_REACT_ACT_ENVIRONMENT = false;
  });
});
