// Intake: turns a new-article request (text or HTML, with or without language) into the fields of an article,
// normalised as the contract says, or a 400 naming the field at fault.
import type { z } from 'zod';
import { detectLanguage } from '../../domain/detect-language.ts';
import { ArticleTextSchema, type CreateArticleBodySchema } from '../../domain/requests.ts';
import type { Article } from '../../domain/schemas.ts';
import { invalid, parseOr400 } from '../errors.ts';
import type { HtmlExtractor } from './html-extractor.ts';

export type CreateArticleInput = z.output<typeof CreateArticleBodySchema>;
export type NewArticleFields = Omit<Article, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

export interface PreparedArticle {
  fields: NewArticleFields;
  /** False when the language was detected with little to go on; the user should check it. */
  languageConfident: boolean;
}

/**
 * `requireTitle: false` lets a preview go through without a title (the form fills it in afterwards). HTML is read
 * by `html` (off the event loop), which refuses a page too deep or too complex to read with a 422.
 */
export async function prepareArticle(
  body: CreateArticleInput,
  html: HtmlExtractor,
  { requireTitle = true } = {},
): Promise<PreparedArticle> {
  const fromHtml = body.html !== undefined ? await html.extract(body.html, body.url) : null;
  const field = fromHtml ? 'html' : 'text';
  const raw = fromHtml ? fromHtml.text : body.text!;
  if (fromHtml && raw.trim() === '') throw invalid('html', 'no_article_text');
  const text = parseOr400(ArticleTextSchema, raw, field);
  const title = body.title ?? fromHtml?.title ?? '';
  if (requireTitle && title === '') throw invalid('title', 'title_required');
  const detected = detectLanguage(text);
  return {
    fields: {
      text,
      title,
      outlet: body.outlet || fromHtml?.siteName || '',
      url: body.url,
      language: body.language ?? detected.language,
      direction: body.direction ?? detected.direction,
      publishedAt: body.publishedAt,
    },
    languageConfident: body.language !== undefined || detected.confident,
  };
}
