// Runs client hooks in jsdom against a real QueryClient and a local HTTP server standing in for /api: the code under
// test calls the real `fetch`, which only has its relative `/api/...` address completed with the server's origin.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Claim } from '../../domain/schemas.ts';
import { i18n } from '../../client/src/i18n/i18n.ts';
import { useUiStore, type UiState } from '../../client/src/app/ui-store.ts';

export const T0 = '2026-01-01T00:00:00.000Z';

/** A valid claim over "Kremlin" of `buildArticle()`'s text, with overridable fields. */
export function buildClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    id: 'claim-1',
    articleId: 'article-1',
    sourceId: 'kremlin',
    start: 4,
    end: 11,
    quote: { exact: 'Kremlin', prefix: 'The ', suffix: ' said' },
    verdict: 'unreviewed',
    note: '',
    evidence: [],
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    createdBy: null,
    updatedBy: null,
    review: { state: 'pending', decidedBy: null, decidedAt: null, comment: '' },
    deletedAt: null,
    ...overrides,
  } as Claim;
}

export interface ApiCall {
  method: string;
  /** The path after /api, with its query. */
  path: string;
  body: unknown;
}

export interface Reply {
  status: number;
  /** Sent as JSON, unless `raw` is given. */
  body?: unknown;
  /** A body sent as it is (a report file), with `headers`. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface FakeApi {
  calls: ApiCall[];
  /** Resolves with the next call the server receives (its answer waits for `answer`). */
  nextCall: () => Promise<ApiCall>;
  close: () => Promise<void>;
}

/**
 * Starts a server on a free port that answers each request with `answer(call)` (which may wait), and points the
 * client's `fetch` at it. jsdom's AbortSignal is not Node's, so the signal is left out of the forwarded call.
 */
export async function startApi(answer: (call: ApiCall) => Reply | Promise<Reply>): Promise<FakeApi> {
  const calls: ApiCall[] = [];
  let waiting: ((call: ApiCall) => void)[] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const call = { method: request.method ?? 'GET', path: (request.url ?? '').replace(/^\/api/, ''), body: raw ? (JSON.parse(raw) as unknown) : undefined };
      calls.push(call);
      const listeners = waiting;
      waiting = [];
      for (const listener of listeners) listener(call);
      void Promise.resolve(answer(call)).then(({ status, body, raw, headers = {} }) => {
        if (raw !== undefined) {
          response.writeHead(status, headers);
          response.end(raw);
          return;
        }
        response.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
        response.end(body === undefined ? undefined : JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const { signal: _jsdomSignal, ...rest } = init ?? {};
    return realFetch(new URL(String(input), origin), rest);
  };
  return {
    calls,
    nextCall: () => new Promise((resolve) => waiting.push(resolve)),
    close: async () => {
      globalThis.fetch = realFetch;
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A promise and the function that settles it: lets a test hold the server's answer until it has looked. */
export function gate<T>(): { promise: Promise<T>; open: (value: T) => void } {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

/** A QueryClient as the app's, without retries, so a failure is seen at once. */
export const testQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });

/** English messages loaded, so hooks that translate render instead of suspending. */
export async function englishReady(): Promise<void> {
  if (!i18n.isInitialized) await new Promise((resolve) => i18n.on('initialized', resolve));
  await i18n.changeLanguage('en');
}

/** Renders `hook` inside a QueryClientProvider; `result.current` is its latest return value. */
export function renderHook<T>(hook: () => T, queryClient: QueryClient) {
  const result = { current: undefined as T };
  function Probe() {
    result.current = hook();
    return null;
  }
  const root = createRoot(document.createElement('div'));
  // Rendered at once rather than through act(): the tests await the mutations and queries themselves.
  flushSync(() => root.render(createElement(QueryClientProvider, { client: queryClient }, createElement(Probe))));
  return { result, unmount: () => root.unmount() };
}

/** Resolves with the UI state once `predicate` holds (checked now and after every change), for actions that answer later. */
export function uiBecomes(predicate: (state: UiState) => boolean): Promise<UiState> {
  return new Promise((resolve) => {
    if (predicate(useUiStore.getState())) return resolve(useUiStore.getState());
    const stop = useUiStore.subscribe((state) => {
      if (!predicate(state)) return;
      stop();
      resolve(state);
    });
  });
}
