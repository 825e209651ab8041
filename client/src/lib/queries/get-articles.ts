// GET /api/articles: every article's metadata with its claims counted by verdict.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '@domain/schemas.ts';
import { apiRequest } from '../api-client.ts';
import { articleKeys } from './article-keys.ts';

export const getArticles = (signal?: AbortSignal) => apiRequest<ArticleSummary[]>('/articles', { signal });

export const articlesQueryOptions = () =>
  queryOptions({ queryKey: articleKeys.lists(), queryFn: ({ signal }) => getArticles(signal) });

export const useArticles = () => useQuery(articlesQueryOptions());
