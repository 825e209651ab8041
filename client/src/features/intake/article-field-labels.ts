// The names of an article's metadata fields as forms show them, so that a server error naming `publishedAt` is put
// at "Publication date" the same way in the intake page and in the edit dialog.
export const ARTICLE_FIELD_LABELS = {
  title: 'Title',
  outlet: 'Outlet',
  url: 'URL',
  publishedAt: 'Publication date',
  language: 'Language',
  direction: 'Direction',
} as const;

export type ArticleMetaField = keyof typeof ARTICLE_FIELD_LABELS;

/** The labels as `fieldErrorsFrom` wants them: each server field name mapped to [form field, label]. */
export const metaFieldLabels = (): Record<ArticleMetaField, [ArticleMetaField, string]> =>
  Object.fromEntries(Object.entries(ARTICLE_FIELD_LABELS).map(([field, label]) => [field, [field, label]])) as Record<
    ArticleMetaField,
    [ArticleMetaField, string]
  >;
