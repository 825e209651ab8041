// @vitest-environment jsdom
// The one way the client talks to /api, against a local server: JSON in and out, the CSRF token on writes, every
// failure one ApiError (the server's body, a crash page, an unreachable server), and its words in the user's language.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useSignIn, useSignOut } from '../../../client/src/features/session/api/sign-in.ts';
import { getSession } from '../../../client/src/lib/auth/get-session.ts';
import { sessionKeys } from '../../../client/src/lib/auth/session-keys.ts';
import { errorText, fieldLabel } from '../../../client/src/i18n/error-text.ts';
import { formatFor } from '../../../client/src/i18n/format.ts';
import { chooseLanguage, currentLanguage, i18n } from '../../../client/src/i18n/i18n.ts';
import { ApiError, apiFile, apiRequest, setCsrfToken } from '../../../client/src/lib/api-client.ts';
import { queryClient as appQueryClient } from '../../../client/src/lib/query-client.ts';
import { useUiStore } from '../../../client/src/app/ui-store.ts';
import { englishReady, renderHook, startApi, testQueryClient, type ApiCall, type FakeApi, type Reply } from '../harness.ts';

let api: FakeApi;
let reply: (call: ApiCall) => Reply;
let headers: Record<string, string | string[] | undefined>[];

beforeAll(englishReady);
beforeEach(async () => {
  setCsrfToken(null);
  headers = [];
  reply = () => ({ status: 200, body: { ok: true } });
  api = await startApi((call) => reply(call));
  const forwarded = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    headers.push({ ...(init?.headers as Record<string, string>) });
    return forwarded(input, init);
  };
});
afterEach(() => api.close());

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as ApiError);

describe('apiRequest', () => {
  it('sends JSON, names the CSRF token on writes only, and reads JSON back', async () => {
    setCsrfToken('token-1');
    expect(await apiRequest('/things', { method: 'POST', body: { name: 'باكو' } })).toEqual({ ok: true });
    await apiRequest('/things');
    expect(api.calls[0]).toEqual({ method: 'POST', path: '/things', body: { name: 'باكو' } });
    expect(headers[0]).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'token-1' });
    expect(headers[1]?.['x-csrf-token']).toBeUndefined();
  });

  it('answers undefined for 204', async () => {
    reply = () => ({ status: 204 });
    expect(await apiRequest('/things/1', { method: 'DELETE' })).toBeUndefined();
  });

  it('throws the server’s error with its code, field, params and current claim', async () => {
    reply = () => ({
      status: 409,
      body: { error: { code: 'version_conflict', message: 'Changed.', field: 'version', current: { id: 'c' }, params: { kind: 'claim', n: 2, nested: {} } } },
    });
    const error = await failure(apiRequest('/claims/c', { method: 'PATCH', body: {} }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'version_conflict', message: 'Changed.', field: 'version', current: { id: 'c' } });
    expect(error!.params).toEqual({ kind: 'claim', n: 2 });
  });

  it('reports a body that is not the API’s JSON by its status', async () => {
    reply = () => ({ status: 502 });
    expect(await failure(apiRequest('/things'))).toMatchObject({ status: 502, code: 'http_502' });
  });

  it('says the server could not be reached, as status 0', async () => {
    await api.close();
    expect(await failure(apiRequest('/things'))).toMatchObject({ status: 0, code: 'network_error' });
    expect(await failure(apiFile('/reports'))).toMatchObject({ status: 0, code: 'network_error' });
    api = await startApi(() => ({ status: 200 }));
  });
});

describe('apiFile', () => {
  it('hands back the response unread when it is a file, and the server’s error otherwise', async () => {
    const response = await apiFile('/reports?format=csv');
    expect(await response.json()).toEqual({ ok: true });
    reply = () => ({ status: 429, body: { error: { code: 'too_many_exports', message: 'Busy', params: { retryAfter: 3 } } } });
    expect(await failure(apiFile('/reports'))).toMatchObject({ status: 429, code: 'too_many_exports', params: { retryAfter: 3 } });
    reply = () => ({ status: 500 });
    expect(await failure(apiFile('/reports'))).toMatchObject({ status: 500, code: 'http_500' });
  });
});

describe('the session', () => {
  it('reads who is signed in and keeps their CSRF token for writes; nobody on 401', async () => {
    reply = (call) => (call.method === 'GET' ? { status: 200, body: { user: { id: 'u' }, csrfToken: 'from-session' } } : { status: 200, body: {} });
    expect(await getSession()).toMatchObject({ csrfToken: 'from-session' });
    await apiRequest('/x', { method: 'POST', body: {} });
    expect(headers.at(-1)?.['x-csrf-token']).toBe('from-session');
    reply = () => ({ status: 401, body: { error: { code: 'unauthenticated', message: 'Sign in.' } } });
    expect(await getSession()).toBeNull();
    reply = () => ({ status: 500 });
    expect(await failure(getSession())).toMatchObject({ status: 500 });
  });

  it('signs in into the session cache, and signing out forgets everything but the session', async () => {
    const queryClient = testQueryClient();
    reply = () => ({ status: 200, body: { user: { id: 'u', role: 'editor' }, csrfToken: 'signed-in' } });
    const { result } = renderHook(() => ({ signIn: useSignIn(), signOut: useSignOut() }), queryClient);
    await result.current.signIn.mutateAsync({ username: 'nadia', password: 'secret-secret' });
    expect(queryClient.getQueryData(sessionKeys.current())).toMatchObject({ csrfToken: 'signed-in' });
    queryClient.setQueryData(['claims', 'list', {}], []);
    useUiStore.getState().claimSelected('a');
    reply = () => ({ status: 204 });
    await result.current.signOut.mutateAsync();
    expect(api.calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/session' });
    expect(headers.at(-1)?.['x-csrf-token']).toBe('signed-in');
    expect(queryClient.getQueryData(sessionKeys.current())).toBeNull();
    expect(queryClient.getQueryData(['claims', 'list', {}])).toBeUndefined();
    expect(useUiStore.getState().activeClaimId).toBeNull();
  });

  it('retries only transient failures, and rechecks the session after a 401', () => {
    const retry = appQueryClient.getDefaultOptions().queries!.retry as (count: number, error: unknown) => boolean;
    expect(retry(0, new ApiError(503, 'unavailable', 'Later'))).toBe(true);
    expect(retry(0, new ApiError(0, 'network_error', 'Offline'))).toBe(true);
    expect(retry(2, new ApiError(503, 'unavailable', 'Later'))).toBe(false);
    expect(retry(0, new ApiError(404, 'not_found', 'Gone'))).toBe(false);
    appQueryClient.setQueryData(sessionKeys.current(), { user: { id: 'u' } });
    appQueryClient.getMutationCache().config.onError!(new ApiError(401, 'unauthenticated', 'Sign in'), undefined, undefined, undefined as never, undefined as never);
    expect(appQueryClient.getQueryState(sessionKeys.current())?.isInvalidated).toBe(true);
  });
});

describe('errorText and formatting', () => {
  const tError = () => i18n.getFixedT('en', 'errors');

  it('words a failure by its code, names a refused field in the user’s words, and hides a 500’s details', () => {
    expect(errorText(tError(), new ApiError(404, 'not_found', 'x', undefined, undefined, { kind: 'article' }))).toBe(
      i18n.t('errors:codes.not_found_article'),
    );
    expect(errorText(tError(), new ApiError(400, 'invalid_request', 'title: is required', 'title'))).toBe('The server refused “title”.');
    expect(errorText(tError(), new ApiError(500, 'mystery', 'stack trace'))).toBe(i18n.t('errors:codes.internal'));
    expect(errorText(tError(), new ApiError(418, 'teapot', 'I am a teapot'))).toBe('I am a teapot');
    expect(errorText(tError(), new Error('plain'))).toBe('plain');
    expect(errorText(tError(), 'text')).toBe('text');
    expect(fieldLabel(tError(), 'evidence.0.url')).toBe(i18n.t('errors:fields.url'));
    expect(fieldLabel(tError(), 'mystery.path')).toBe('mystery.path');
  });

  it('formats numbers, days, lists and language names in the interface language', () => {
    const en = formatFor('en');
    expect(formatFor('en')).toBe(en);
    expect(en.number(1234)).toBe('1,234');
    expect(en.day('2020-10-09')).toBe('Oct 9, 2020');
    expect(en.day('not a day')).toBe('not a day');
    expect(en.dateTime('2020-10-09T10:00:00Z')).toContain('2020');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(formatFor('fr').languageName('ar')).toBe('arabe');
    expect(en.languageName('x-')).toBe('x-');
    expect(formatFor('ar').day('2020-10-09')).toContain('أكتوبر');
  });

  it('switches the interface language, with its direction', async () => {
    await chooseLanguage('ar');
    expect(currentLanguage()).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(localStorage.getItem('claimdesk.language')).toBe('ar');
    await chooseLanguage('en');
    expect(document.documentElement).toMatchObject({ lang: 'en', dir: 'ltr' });
  });
});
