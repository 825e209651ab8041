// Runs the statement suggester in a worker thread (a piscina pool of one, started on first use): it is linear, but
// a 200,000-unit article still takes hundreds of milliseconds, which must not hold the event loop (issue 13).
import Piscina from 'piscina';
import type { Source, Suggestion } from '../../domain/schemas.ts';
import type { SuggestOptions } from '../../domain/suggest-statements.ts';
import { workerEntry, workerModule } from '../start-worker.ts';
import type { SuggestTask } from './suggest-worker.ts';

export interface Suggester {
  /** `options.date`: the article's publication date, if known (domain/suggest-statements.ts). */
  suggest(text: string, language: string, sources: readonly Source[], options?: SuggestOptions): Promise<Suggestion[]>;
  close(): Promise<void>;
}

function startPool(): Piscina {
  const { filename, workerData } = workerEntry(workerModule('./suggest-worker', import.meta.url));
  return new Piscina({
    filename: filename.href,
    workerData,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}

export function createSuggester(): Suggester {
  let pool: Piscina | null = null;
  return {
    suggest(text, language, sources, options = {}) {
      pool ??= startPool();
      return pool.run({ text, language, sources, date: options.date ?? null } satisfies SuggestTask) as Promise<Suggestion[]>;
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}
