// Query keys for suggested statements, built only here so reads and invalidations always agree.
export const suggestionKeys = {
  all: ['suggestions'] as const,
  byArticle: (articleId: string) => [...suggestionKeys.all, 'article', articleId] as const,
  mutations: () => [...suggestionKeys.all, 'mutation'] as const,
};
