// The first state of a new store: the demo article and the four sources, read from data/seed/.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { normalizeText } from '../../domain/text.ts';
import { DEFAULT_SETTINGS, SourceSchema, StoreDataSchema, type StoreData } from '../../domain/schemas.ts';

export const SEED_DIR = new URL('../../data/seed/', import.meta.url);
const DEMO_ARTICLE = 'afp-karabakh-2020-10-09.ar';

/** The seeded sources as the store holds them, less their timestamps (which the seeding stamps). */
const SeedSourcesSchema = z.object({
  sources: z.array(SourceSchema.omit({ createdAt: true, updatedAt: true })),
});

const SeedArticleSchema = z.object({
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable().optional(),
  language: z.string(),
  direction: z.enum(['ltr', 'rtl']),
  publishedAt: z.string(),
});

async function readJson(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(name, SEED_DIR), 'utf8'));
}

/** Builds the seed state, stamped with `now`; validated against the store schema so a bad seed fails loudly. */
export async function loadSeed(now: string): Promise<StoreData> {
  const { sources } = SeedSourcesSchema.parse(await readJson('sources.json'));
  const meta = SeedArticleSchema.parse(await readJson(`${DEMO_ARTICLE}.json`));
  const text = normalizeText(await readFile(new URL(`${DEMO_ARTICLE}.txt`, SEED_DIR), 'utf8'));
  return StoreDataSchema.parse({
    schemaVersion: 1,
    settings: DEFAULT_SETTINGS,
    sources: sources.map((s) => ({ ...s, createdAt: now, updatedAt: now })),
    articles: [
      {
        id: 'afp-karabakh-2020-10-09-ar',
        title: meta.title,
        outlet: meta.outlet,
        url: meta.url ?? null,
        language: meta.language,
        direction: meta.direction,
        publishedAt: meta.publishedAt,
        text,
        createdAt: now,
        updatedAt: now,
      },
    ],
    claims: [],
  });
}
