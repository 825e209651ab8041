// Small builders for test data: valid entities and request bodies with overridable fields.
import type { CreateArticleBody, CreateClaimBody } from '../../domain/requests.ts';
import { DEFAULT_SETTINGS, type Article, type Source, type StoreData } from '../../domain/schemas.ts';

export const T0 = '2026-01-01T00:00:00.000Z';

export function buildSource(overrides: Partial<Source> = {}): Source {
  return { id: 'kremlin', name: 'Kremlin', names: { ar: 'الكرملين' }, aliases: ['Kremlin'], people: [], institutions: [], createdAt: T0, updatedAt: T0, ...overrides };
}

export function buildArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'article-1',
    title: 'Test article',
    outlet: 'Test Wire',
    url: null,
    language: 'en',
    direction: 'ltr',
    publishedAt: '2020-10-09',
    text: 'The Kremlin said talks would begin. Officials in Baku denied it.',
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
    ...overrides,
  };
}

export function buildStoreData(overrides: Partial<StoreData> = {}): StoreData {
  return { schemaVersion: 1, settings: DEFAULT_SETTINGS, sources: [buildSource()], articles: [buildArticle()], claims: [], users: [], sessions: [], audit: [], sourceAudit: [], rejectedSuggestions: [], publications: [], ratingScaleChanges: [], ...overrides };
}

export function buildArticleBody(overrides: Partial<CreateArticleBody> = {}): CreateArticleBody {
  return {
    text: 'The Élysée said a truce was near. Moscow called for a ceasefire.',
    title: 'Truce talk',
    outlet: 'Test Wire',
    url: 'https://example.org/truce',
    language: 'en',
    direction: 'ltr',
    publishedAt: '2020-10-10',
    ...overrides,
  };
}

/** A claim body for `[start, end)` of `text`, with `exact` taken from the text. */
export function buildClaimBody(text: string, start: number, end: number, overrides: Partial<CreateClaimBody> = {}): CreateClaimBody {
  return { start, end, exact: text.slice(start, end), sourceId: 'kremlin', ...overrides };
}
