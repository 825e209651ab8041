// Query keys for an article's publication.
export const publicationKeys = {
  all: ['publication'] as const,
  ofArticle: (articleId: string) => [...publicationKeys.all, articleId] as const,
};
