// Query keys for articles, built only here so reads and invalidations always agree.
export const articleKeys = {
  all: ['articles'] as const,
  lists: () => [...articleKeys.all, 'list'] as const,
  detail: (id: string) => [...articleKeys.all, 'detail', id] as const,
};
