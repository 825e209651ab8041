// Articles: stored normalised text plus metadata; listed with claim counts, opened with sentences and claims.
import type { z } from 'zod';
import type { CreateArticleBodySchema } from '../../domain/requests.ts';
import {
  VERDICTS,
  type Article,
  type ArticleDetail,
  type ArticleSummary,
  type StoreData,
  type VerdictCounts,
} from '../../domain/schemas.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { conflict, notFound } from '../errors.ts';
import type { Change } from '../store/store.ts';
import type { ChangeContext } from './context.ts';

type CreateArticleInput = z.output<typeof CreateArticleBodySchema>;

const emptyCounts = (): VerdictCounts => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;

export function listArticleSummaries(data: StoreData): ArticleSummary[] {
  const counts = new Map<string, VerdictCounts>();
  for (const claim of data.claims) {
    const c = counts.get(claim.articleId) ?? emptyCounts();
    c[claim.verdict] += 1;
    counts.set(claim.articleId, c);
  }
  return data.articles
    .map(({ text, ...meta }) => ({ ...meta, length: text.length, claimCounts: counts.get(meta.id) ?? emptyCounts() }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title));
}

export function findArticle(data: StoreData, id: string): Article {
  const article = data.articles.find((a) => a.id === id);
  if (!article) throw notFound('article', id);
  return article;
}

export function getArticleDetail(data: StoreData, id: string): ArticleDetail {
  const article = findArticle(data, id);
  return {
    ...article,
    sentences: splitSentences(article.text, article.language),
    claims: data.claims.filter((c) => c.articleId === id).sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

export function createArticle(data: StoreData, body: CreateArticleInput, ctx: ChangeContext): Change<Article> {
  const twin = data.articles.find((a) => a.text === body.text);
  if (twin) {
    throw conflict('duplicate_article', `This text was already added as "${twin.title}"`, 'text', { articleId: twin.id });
  }
  const article: Article = { id: ctx.newId(), ...body, createdAt: ctx.now, updatedAt: ctx.now };
  return { data: { ...data, articles: [...data.articles, article] }, result: article };
}
