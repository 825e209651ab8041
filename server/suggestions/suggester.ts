// Runs the statement suggester in a worker thread (a piscina pool of one, started on first use): it is linear, but
// a 200,000-unit article still takes hundreds of milliseconds, which must not hold the event loop (issue 13).
import Piscina from 'piscina';
import type { Source, Suggestion } from '../../domain/schemas.ts';

export interface Suggester {
  suggest(text: string, language: string, sources: readonly Source[]): Promise<Suggestion[]>;
  close(): Promise<void>;
}

export function createSuggester(): Suggester {
  let pool: Piscina | null = null;
  return {
    suggest(text, language, sources) {
      pool ??= new Piscina({
        filename: new URL('./suggest-worker.mjs', import.meta.url).href,
        minThreads: 0,
        maxThreads: 1,
        idleTimeout: 60_000,
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      });
      return pool.run({ text, language, sources }) as Promise<Suggestion[]>;
    },
    async close() {
      const closing = pool;
      pool = null;
      await closing?.destroy();
    },
  };
}
