// One desk as the load sees it, whichever server answers: the requests of the stores suite (the queue's first,
// last and a filtered page, an article with its claims, a claim created, a claim edited) as paths and bodies for
// Claimdesk's API or for json-server's, so that store-load.ts measures every store with the same code.
import { readFile } from 'node:fs/promises';
import type { BenchServer } from './spawn-server.ts';

export const PAGE = 50;

export interface Edit {
  id: string;
  version: number;
}

export interface DeskApi {
  url: string;
  headers: Record<string, string>;
  pid: number;
  /** The three queue pages (first, last, filtered); the last one's offset is read off the first's total. */
  pages: () => Promise<{ first: string; deep: string; filtered: string; total: number }>;
  article: string;
  create: { path: string; body: string };
  /** The PATCH of `claim` at its version, and how to read the next version off the answer. */
  edit: (claim: Edit) => { path: string; body: string };
  editedVersion: (body: string) => Edit;
  stop: () => Promise<void>;
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

export interface DeskShape {
  articles: number;
  /** A source with a twelfth of the disputed claims: the filtered page's filter. */
  sourceId: string;
  /** The demo text's first word, the claim every create makes. */
  word: string;
}

/** Claimdesk's API on `server` (signed in as the bench editor). */
export function claimdeskApi(server: BenchServer, shape: DeskShape): DeskApi {
  const queue = '/api/claims/page?verdict=disputed';
  return {
    url: server.url,
    headers: server.headers,
    pid: server.child.pid!,
    pages: async () => {
      const res = await fetch(`${server.url}${queue}`, { headers: server.headers });
      const { total } = (await res.json()) as { total: number };
      return { first: queue, deep: `${queue}&offset=${Math.max(0, total - PAGE)}`, filtered: `${queue}&sourceId=${shape.sourceId}`, total };
    },
    article: '/api/articles/bench-article-1',
    // Creates go to the last article, not the one read: its reads stay those of the desk as generated.
    create: {
      path: `/api/articles/bench-article-${shape.articles - 1}/claims`,
      body: JSON.stringify({ start: 0, end: shape.word.length, exact: shape.word, sourceId: shape.sourceId }),
    },
    edit: ({ id, version }) => ({ path: `/api/claims/${id}`, body: JSON.stringify({ version, note: `Edited at version ${version}.` }) }),
    editedVersion: (body) => {
      const { id, version } = JSON.parse(body) as Edit;
      return { id, version };
    },
    stop: () => server.stop(),
  };
}
