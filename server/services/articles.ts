// Articles: stored normalised text plus metadata; listed with claim counts, opened with sentences and claims,
// edited (text only while no claim points into it), deleted and restored with their claims.
import type { z } from 'zod';
import { ArticleTextSchema, type UpdateArticleBodySchema } from '../../domain/requests.ts';
import type { Article, ArticleDetail } from '../../domain/schemas.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { HttpError, conflict, notFound, parseOr400 } from '../errors.ts';
import type { NewArticleFields } from '../intake/prepare-article.ts';
import type { Repositories } from '../store/repositories.ts';
import type { ChangeContext } from './context.ts';

export const isLive = (article: Article) => article.deletedAt === null;

export async function findArticle(repos: Repositories, id: string): Promise<Article> {
  const article = await repos.articles.find(id);
  if (!article || !isLive(article)) throw notFound('article', id);
  return article;
}

export async function getArticleDetail(repos: Repositories, id: string): Promise<ArticleDetail> {
  const article = await findArticle(repos, id);
  return { ...article, sentences: splitSentences(article.text, article.language), claims: await repos.claims.ofArticle(id) };
}

async function refuseTwin(repos: Repositories, text: string, exceptId?: string): Promise<void> {
  const twin = await repos.articles.findLiveByText(text, exceptId);
  if (twin) {
    throw conflict('duplicate_article', `This text was already added as "${twin.title}"`, 'text', { articleId: twin.id, params: { title: twin.title } });
  }
}

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

export async function createArticle(tx: Repositories, fields: NewArticleFields, ctx: ChangeContext): Promise<Article> {
  await refuseTwin(tx, fields.text);
  const article: Article = { id: newArticleId(fields, ctx), ...fields, createdAt: ctx.now, updatedAt: ctx.now, deletedAt: null };
  await tx.articles.insert(article);
  return article;
}

export async function updateArticle(
  tx: Repositories,
  id: string,
  body: z.output<typeof UpdateArticleBodySchema>,
  ctx: ChangeContext,
): Promise<Article> {
  const current = await findArticle(tx, id);
  const { text: rawText, ...meta } = body;
  const next: Article = { ...current, ...meta, updatedAt: ctx.now };
  if (rawText !== undefined) {
    const text = parseOr400(ArticleTextSchema, rawText, 'text');
    if (text !== current.text) {
      const claims = await tx.claims.countOfArticle(id);
      if (claims > 0) {
        throw conflict('article_has_claims', `The text cannot change: ${claims} claim(s) point into it`, 'text', { params: { count: claims } });
      }
      await refuseTwin(tx, text, id);
      next.text = text;
    }
  }
  await tx.articles.update(next);
  return next;
}

export async function deleteArticle(tx: Repositories, id: string, ctx: ChangeContext): Promise<Article> {
  const next: Article = { ...(await findArticle(tx, id)), deletedAt: ctx.now, updatedAt: ctx.now };
  await tx.articles.update(next);
  return next;
}

export async function restoreArticle(tx: Repositories, id: string, ctx: ChangeContext): Promise<Article> {
  const current = await tx.articles.find(id);
  if (!current) throw notFound('article', id);
  if (isLive(current)) throw new HttpError(409, 'not_deleted', 'This article is not deleted', 'id');
  await refuseTwin(tx, current.text, id);
  const next: Article = { ...current, deletedAt: null, updatedAt: ctx.now };
  await tx.articles.update(next);
  return next;
}
