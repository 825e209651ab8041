// Query and mutation keys for claims.
import type { ClaimsQuery } from '@domain/requests.ts';

export const claimKeys = {
  all: ['claims'] as const,
  lists: () => [...claimKeys.all, 'list'] as const,
  list: (query: ClaimsQuery) => [...claimKeys.lists(), query] as const,
  byArticle: (articleId: string) => claimKeys.list({ articleId }),
  /** Paged lists (the review queue, My claims): infinite queries of GET /api/claims/page. */
  pages: () => [...claimKeys.all, 'pages'] as const,
  paged: (query: ClaimsQuery) => [...claimKeys.pages(), query] as const,
  mutations: () => [...claimKeys.all, 'mutation'] as const,
  create: () => [...claimKeys.mutations(), 'create'] as const,
};
