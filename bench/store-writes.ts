// Benchmark: one claim write through the store at 100, 1,000 and 10,000 claims, next to a bare write of the same JSON.
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PENDING_REVIEW, type StoreData } from '../domain/schemas.ts';
import { openFileStore } from '../server/store/file-store.ts';
import { loadSeed } from '../server/store/seed.ts';
import { createClaim } from '../server/services/claims.ts';
import { createLowRepositoryStore } from '../server/store/low-repositories.ts';
import { median, timeIt, type BenchRow } from './measure.ts';

const NOW = '2026-01-01T00:00:00.000Z';

/** A store holding `count` claims spread over the demo article's words. */
async function storeWithClaims(count: number): Promise<StoreData> {
  const seed = await loadSeed(NOW);
  const article = seed.articles[0]!;
  const words = [...article.text.matchAll(/\S+/g)];
  const claims = Array.from({ length: count }, (_, i) => {
    const word = words[i % words.length]!;
    return {
      id: `claim-${i}`,
      articleId: article.id,
      sourceId: 'kremlin',
      start: word.index,
      end: word.index + word[0].length,
      quote: { exact: word[0], prefix: '', suffix: '' },
      verdict: 'unreviewed' as const,
      note: i % 3 === 0 ? 'Checked against the ministry statement of the same day.' : '',
      evidence: [],
      createdAt: NOW,
      updatedAt: NOW,
      version: 1,
      createdBy: null,
      updatedBy: null,
      review: PENDING_REVIEW,
      deletedAt: null,
    };
  });
  return { ...seed, claims };
}

export async function benchStoreWrites(runs = 15): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of [100, 1_000, 10_000]) {
    const dir = await mkdtemp(join(tmpdir(), 'claimdesk-bench-'));
    try {
      const data = await storeWithClaims(count);
      const { store } = await openFileStore(dir, async () => data);
      const repos = createLowRepositoryStore(store);
      const article = data.articles[0]!;
      let n = 0;
      const ctx = () => ({ now: NOW, newId: () => `bench-${++n}`, userId: null });
      const storeMs = await timeIt(runs, () =>
        repos.transaction((tx) => createClaim(tx, article.id, { start: 0, end: 4, exact: article.text.slice(0, 4), sourceId: 'kremlin', verdict: 'unreviewed', note: '', evidence: [] }, ctx())),
      );
      const json = () => JSON.stringify(store.read(), null, 2) + '\n';
      const bareMs = await timeIt(runs, () => writeFile(join(dir, 'bare.json'), json()));
      const bareSyncedMs = await timeIt(runs, async () => {
        const handle = await open(join(dir, 'bare-synced.json'), 'w');
        await handle.writeFile(json());
        await handle.sync();
        await handle.close();
      });
      const s = median(storeMs);
      rows.push(
        { name: `claim write via store, ${count} claims`, value: s, unit: 'ms' },
        { name: `bare fs.writeFile of same JSON, ${count} claims`, value: median(bareMs), unit: 'ms' },
        { name: `  ratio store / bare writeFile`, value: s / median(bareMs), unit: '×' },
        { name: `bare writeFile + fsync, ${count} claims`, value: median(bareSyncedMs), unit: 'ms' },
        { name: `  ratio store / bare writeFile + fsync`, value: s / median(bareSyncedMs), unit: '×' },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
