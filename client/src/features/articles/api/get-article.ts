// GET /api/articles/:id: the article's text, sentences and claims.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleDetail } from '@domain/schemas.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { articleKeys } from '../../../lib/queries/article-keys.ts';

export const getArticle = (id: string, signal?: AbortSignal) =>
  apiRequest<ArticleDetail>(`/articles/${encodeURIComponent(id)}`, { signal });

export const articleQueryOptions = (id: string) =>
  queryOptions({ queryKey: articleKeys.detail(id), queryFn: ({ signal }) => getArticle(id, signal) });

export const useArticle = (id: string) => useQuery(articleQueryOptions(id));
