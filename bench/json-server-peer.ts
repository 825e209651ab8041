// The peer: json-server 0.17 (the JSON-file REST server a small team would otherwise reach for) on a db.json of the
// same generated desk, answering the same requests its own way: _page/_limit/_sort for the queue, _embed for an
// article with its claims, POST and PATCH on /claims (no versions, no sessions: json-server has neither).
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { StoreData } from '../domain/schemas.ts';
import { PAGE, type DeskApi, type DeskShape, type Edit } from './desk-api.ts';

const BIN = new URL('../node_modules/json-server/lib/cli/bin.js', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function answering(url: string, exited: () => boolean): Promise<void> {
  for (;;) {
    if (exited()) throw new Error('json-server exited before answering');
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling a start, not timing anything
  }
}

/** json-server on `dir`/db.json holding `data`'s articles, sources and claims. */
export async function startJsonServer(dir: string, data: StoreData, shape: DeskShape): Promise<DeskApi> {
  const file = join(dir, 'db.json');
  await writeFile(file, JSON.stringify({ articles: data.articles, sources: data.sources, claims: data.claims }, null, 2));
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, file, '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  let gone = false;
  child.once('exit', () => (gone = true));
  const url = `http://127.0.0.1:${port}`;
  await answering(`${url}/sources`, () => gone);
  const queue = `/claims?verdict=disputed&_sort=updatedAt&_order=desc&_limit=${PAGE}`;
  const template = data.claims[0]!;
  return {
    url,
    headers: { 'content-type': 'application/json' },
    pid: child.pid!,
    pages: async () => {
      const res = await fetch(`${url}${queue}&_page=1`);
      await res.arrayBuffer();
      const total = Number(res.headers.get('x-total-count'));
      return { first: `${queue}&_page=1`, deep: `${queue}&_page=${Math.ceil(total / PAGE)}`, filtered: `${queue}&_page=1&sourceId=${shape.sourceId}`, total };
    },
    article: '/articles/bench-article-1?_embed=claims',
    create: {
      path: '/claims',
      body: JSON.stringify({ ...template, id: undefined, articleId: `bench-article-${shape.articles - 1}`, sourceId: shape.sourceId }),
    },
    edit: ({ id, version }) => ({ path: `/claims/${id}`, body: JSON.stringify({ note: `Edited at version ${version}.`, version }) }),
    editedVersion: (body) => {
      const { id, version } = JSON.parse(body) as Edit;
      return { id, version: version + 1 };
    },
    stop: async () => {
      if (gone) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
