// Builds large stores for the benchmarks: `claims` claims over `articles` articles (variants of the demo text),
// one editor whose password is BENCH_PASSWORD, written to a data folder as the server would find it.
import { mkdir, writeFile } from 'node:fs/promises';
import { quoteAt } from '../domain/anchoring.ts';
import { join } from 'node:path';
import { PENDING_REVIEW, type Article, type Claim, type StoreData } from '../domain/schemas.ts';

/** The default scale's verdicts, in the order the bench desk has always cycled through them (same data as before). */
export const BENCH_VERDICTS = ['unreviewed', 'corroborated', 'disputed'] as const;
import { hashPassword } from '../server/auth/passwords.ts';
import { STORE_FILE_NAME } from '../server/store/file-store.ts';
import { loadSeed } from '../server/store/seed.ts';

export const BENCH_PASSWORD = 'benchmark password';
const NOW = '2026-01-01T00:00:00.000Z';

/** A claim on `[start, end)` of `article`, made by the bench editor; its quote selector comes from the domain. */
export function benchClaim(article: Pick<Article, 'id' | 'text'>, id: string, start: number, end: number, i: number, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: article.id,
    sourceId: 'kremlin',
    start,
    end,
    quote: quoteAt(article.text, { start, end }),
    verdict: BENCH_VERDICTS[i % BENCH_VERDICTS.length]!,
    note: '',
    evidence: [],
    createdAt: NOW,
    updatedAt: NOW,
    version: 1,
    createdBy: 'bench-editor',
    updatedBy: 'bench-editor',
    review: PENDING_REVIEW,
    deletedAt: null,
    ...extra,
  };
}

export async function generateStore(claimCount: number, articleCount: number): Promise<StoreData> {
  const seed = await loadSeed(NOW);
  const demo = seed.articles[0]!;
  const articles: Article[] = Array.from({ length: articleCount }, (_, i) => ({
    ...demo,
    id: `bench-article-${i}`,
    title: `${demo.title} (${i})`,
    text: `${demo.text}\nنسخة رقم ${i}.`,
  }));
  const words = [...demo.text.matchAll(/\S+/g)];
  const claims: Claim[] = Array.from({ length: claimCount }, (_, i) => {
    const word = words[(i * 7) % words.length]!;
    const article = articles[i % articleCount]!;
    return benchClaim({ id: article.id, text: demo.text }, `bench-claim-${i}`, word.index, word.index + word[0].length, i, {
      sourceId: seed.sources[i % seed.sources.length]!.id,
      note: i % 2 ? 'Checked against the ministry statement of the same day.' : '',
      evidence: i % 5 === 0 ? [{ url: `https://example.org/evidence/${i}`, title: 'Statement' }] : [],
    });
  });
  const passwordHash = await hashPassword(BENCH_PASSWORD, 2 ** 10);
  const users = [{ id: 'bench-editor', username: 'editor', displayName: 'Bench Editor', role: 'editor' as const, disabled: false, locale: null, createdAt: NOW, updatedAt: NOW, passwordHash }];
  return { ...seed, articles, claims, users };
}

export async function writeStore(dir: string, data: StoreData): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, STORE_FILE_NAME), JSON.stringify(data, null, 2) + '\n');
}
