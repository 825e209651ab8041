// POST /api/articles/preview: what the server would store for this input (normalised text, detected language and
// direction, sentences) and whether the same text is already an article. Stores nothing, so it is read as a query.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CreateArticleBody } from '@domain/requests.ts';
import type { Article, Sentence } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { intakeKeys } from './intake-keys.ts';

export type PreviewBody = Pick<CreateArticleBody, 'text' | 'html' | 'language'>;

export type ArticlePreview = Omit<Article, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> & {
  /** False when the text gave the detector little to go on: the form asks the user to check. */
  languageConfident: boolean;
  sentences: Sentence[];
  /** The id of the article that already holds this text, or null. */
  duplicateOf: string | null;
};

export const previewArticle = (body: PreviewBody, signal?: AbortSignal) =>
  apiRequest<ArticlePreview>('/articles/preview', { method: 'POST', body, signal });

export const previewQueryOptions = (body: PreviewBody) =>
  queryOptions({
    queryKey: intakeKeys.preview(body),
    queryFn: ({ signal }) => previewArticle(body, signal),
    // Texts can be large: keep only recent previews, and the last one on screen while the next loads.
    gcTime: 60_000,
    placeholderData: keepPreviousData,
  });

/** The preview of `body`, or nothing while `body` is null (empty or refused before sending). */
export const useArticlePreview = (body: PreviewBody | null) =>
  useQuery({ ...previewQueryOptions(body ?? {}), enabled: body !== null });
