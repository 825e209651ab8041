// The suggester worker: it answers what the domain suggester answers, and the event loop keeps turning meanwhile.
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { suggestStatements } from '../../domain/suggest-statements.ts';
import { createSuggester } from '../../server/suggestions/suggester.ts';
import { loadSeed } from '../../server/store/seed.ts';
import { T0 } from '../support/builders.ts';

const suggester = createSuggester();
afterAll(() => suggester.close());

describe('the suggester worker', () => {
  it('proposes exactly what the domain suggester proposes for the demo article', async () => {
    const seed = await loadSeed(T0);
    const demo = seed.articles[0]!;
    const expected = suggestStatements(demo.text, demo.language, seed.sources);
    expect(expected.length).toBeGreaterThan(0);
    expect(await suggester.suggest(demo.text, demo.language, seed.sources)).toEqual(expected);
  });

  it('works off the event loop: the loop turns while a long article is still being read', async () => {
    const seed = await loadSeed(T0);
    const line = (await readFile(new URL('../../data/seed/afp-karabakh-2020-10-09.ar.txt', import.meta.url), 'utf8')).replace(/\n/g, ' ');
    const text = line.repeat(Math.floor(200_000 / line.length));
    const events: string[] = [];
    const done = suggester.suggest(text, 'ar', seed.sources).then(() => events.push('suggested'));
    setImmediate(() => events.push('event loop turned'));
    await done;
    // Run on the event loop, the suggestions would be made before the loop could turn.
    expect(events).toEqual(['event loop turned', 'suggested']);
  });
});
