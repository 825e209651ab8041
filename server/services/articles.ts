// Articles: stored normalised text plus metadata; listed with claim counts, opened with sentences and claims,
// edited (text only while no claim points into it), deleted and restored with their claims.
import type { z } from 'zod';
import { ArticleTextSchema, type UpdateArticleBodySchema } from '../../domain/requests.ts';
import {
  VERDICTS,
  type Article,
  type ArticleDetail,
  type ArticleSummary,
  type StoreData,
  type VerdictCounts,
} from '../../domain/schemas.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { HttpError, conflict, notFound, parseOr400 } from '../errors.ts';
import type { NewArticleFields } from '../intake/prepare-article.ts';
import type { Change } from '../store/store.ts';
import type { ChangeContext } from './context.ts';

const emptyCounts = (): VerdictCounts => Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;

export const isLive = (article: Article) => article.deletedAt === null;

export function listArticleSummaries(data: StoreData): ArticleSummary[] {
  const counts = new Map<string, VerdictCounts>();
  for (const claim of data.claims) {
    if (claim.deletedAt !== null) continue;
    const c = counts.get(claim.articleId) ?? emptyCounts();
    c[claim.verdict] += 1;
    counts.set(claim.articleId, c);
  }
  return data.articles
    .filter(isLive)
    .map(({ text, deletedAt: _deleted, ...meta }) => ({ ...meta, length: text.length, claimCounts: counts.get(meta.id) ?? emptyCounts() }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title));
}

export function findArticle(data: StoreData, id: string): Article {
  const article = data.articles.find((a) => a.id === id && isLive(a));
  if (!article) throw notFound('article', id);
  return article;
}

export function getArticleDetail(data: StoreData, id: string): ArticleDetail {
  const article = findArticle(data, id);
  return {
    ...article,
    sentences: splitSentences(article.text, article.language),
    claims: data.claims.filter((c) => c.articleId === id && c.deletedAt === null).sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/** The live article that already holds `text`, if any. */
export function findTwin(data: StoreData, text: string, exceptId?: string): Article | undefined {
  return data.articles.find((a) => isLive(a) && a.id !== exceptId && a.text === text);
}

function refuseTwin(data: StoreData, text: string, exceptId?: string): void {
  const twin = findTwin(data, text, exceptId);
  if (twin) {
    throw conflict('duplicate_article', `This text was already added as "${twin.title}"`, 'text', { articleId: twin.id, params: { title: twin.title } });
  }
}

const replaceArticle = (data: StoreData, next: Article): StoreData => ({
  ...data,
  articles: data.articles.map((a) => (a.id === next.id ? next : a)),
});

/**
 * A readable id that also names report files: the title's Latin words (`truce-talk-3f9a2c1d`), or for a title with
 * none (Arabic), the language and date (`ar-2020-10-09-3f9a2c1d`), ended by a random part.
 */
function newArticleId(fields: NewArticleFields, ctx: ChangeContext): string {
  const slug = fields.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const unique = ctx.newId().replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  return `${slug || `${fields.language}-${fields.publishedAt ?? 'article'}`}-${unique}`;
}

export function createArticle(data: StoreData, fields: NewArticleFields, ctx: ChangeContext): Change<Article> {
  refuseTwin(data, fields.text);
  const article: Article = { id: newArticleId(fields, ctx), ...fields, createdAt: ctx.now, updatedAt: ctx.now, deletedAt: null };
  return { data: { ...data, articles: [...data.articles, article] }, result: article };
}

export function updateArticle(
  data: StoreData,
  id: string,
  body: z.output<typeof UpdateArticleBodySchema>,
  ctx: ChangeContext,
): Change<Article> {
  const current = findArticle(data, id);
  const { text: rawText, ...meta } = body;
  const next: Article = { ...current, ...meta, updatedAt: ctx.now };
  if (rawText !== undefined) {
    const text = parseOr400(ArticleTextSchema, rawText, 'text');
    if (text !== current.text) {
      const claims = data.claims.filter((c) => c.articleId === id && c.deletedAt === null).length;
      if (claims > 0) {
        throw conflict('article_has_claims', `The text cannot change: ${claims} claim(s) point into it`, 'text', { params: { count: claims } });
      }
      refuseTwin(data, text, id);
      next.text = text;
    }
  }
  return { data: replaceArticle(data, next), result: next };
}

export function deleteArticle(data: StoreData, id: string, ctx: ChangeContext): Change<Article> {
  const next: Article = { ...findArticle(data, id), deletedAt: ctx.now, updatedAt: ctx.now };
  return { data: replaceArticle(data, next), result: next };
}

export function restoreArticle(data: StoreData, id: string, ctx: ChangeContext): Change<Article> {
  const current = data.articles.find((a) => a.id === id);
  if (!current) throw notFound('article', id);
  if (isLive(current)) throw new HttpError(409, 'not_deleted', 'This article is not deleted', 'id');
  refuseTwin(data, current.text, id);
  const next: Article = { ...current, deletedAt: null, updatedAt: ctx.now };
  return { data: replaceArticle(data, next), result: next };
}
