// The names of an article's metadata fields as forms show them, so that a server error naming `publishedAt` is put
// at "Publication date" the same way in the intake page and in the edit dialog.
import type { TFunction } from 'i18next';

const ARTICLE_META_FIELDS = ['title', 'outlet', 'url', 'publishedAt', 'language', 'direction'] as const;

export type ArticleMetaField = (typeof ARTICLE_META_FIELDS)[number];

/** The labels as `fieldErrorsFrom` wants them: each server field name mapped to [form field, label]. */
export const metaFieldLabels = (t: TFunction<'intake'>): Record<ArticleMetaField, [ArticleMetaField, string]> =>
  Object.fromEntries(ARTICLE_META_FIELDS.map((field) => [field, [field, t(`fields.${field}`)]])) as Record<
    ArticleMetaField,
    [ArticleMetaField, string]
  >;
