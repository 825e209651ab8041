// Benchmark: the JavaScript a first visit loads (the entry script and its modulepreloads in client/dist/index.html),
// gzipped at level 9, against the 200 KB target of issue 7; the lazily loaded chunks are listed for information.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './measure.ts';

const DIST = new URL('../client/dist/', import.meta.url);

/** The paths of the scripts index.html loads at once: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function firstLoadScripts(html: string): string[] {
  const paths: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isEntry = /^<script/i.test(tag) && /\btype=["']?module\b/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload\b/i.test(tag);
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && url) paths.push(url.replace(/^\//, ''));
  }
  return paths;
}

async function sizes(path: string): Promise<{ raw: number; gzip: number }> {
  const bytes = await readFile(new URL(path, DIST));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export async function benchBundleSize(): Promise<BenchRow[]> {
  const html = await readFile(new URL('index.html', DIST), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error('bench: client/dist/index.html is missing; run `npx vite build` first');
    throw error;
  });
  const first = firstLoadScripts(html);
  if (first.length === 0) throw new Error('bench: client/dist/index.html loads no module script');
  const firstSizes = await Promise.all(first.map(sizes));
  const kb = (bytes: number) => bytes / 1024;
  const rows: BenchRow[] = [
    { name: `first-load JS, gzipped (${first.length} files)`, value: kb(firstSizes.reduce((sum, s) => sum + s.gzip, 0)), unit: 'KB' },
    { name: 'first-load JS, raw', value: kb(firstSizes.reduce((sum, s) => sum + s.raw, 0)), unit: 'KB' },
  ];
  const lazy = (await readdir(new URL('assets/', DIST))).filter((name) => name.endsWith('.js') && !first.includes(`assets/${name}`)).sort();
  for (const name of lazy) rows.push({ name: `lazy chunk ${name}, gzipped`, value: kb((await sizes(`assets/${name}`)).gzip), unit: 'KB' });
  return rows;
}
