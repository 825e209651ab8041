// GET /api/articles/:id/publication: the article's latest published version, its public address, and what blocks
// publishing.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicationStatus } from '@domain/publication/status.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { publicationKeys } from './publication-keys.ts';

const path = (articleId: string) => `/articles/${encodeURIComponent(articleId)}/publication`;

export const getPublication = (articleId: string, signal?: AbortSignal) => apiRequest<PublicationStatus>(path(articleId), { signal });

export const publicationQueryOptions = (articleId: string) =>
  queryOptions({ queryKey: publicationKeys.ofArticle(articleId), queryFn: ({ signal }) => getPublication(articleId, signal) });

export const usePublication = (articleId: string) => useQuery(publicationQueryOptions(articleId));
