// The intake form's state: the input (pasted text or a file's text or HTML), metadata, corrected language and
// direction, the debounced preview, and saving with every error placed at its field.
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import type { CreateArticleBody } from '@domain/requests.ts';
import type { Article, Direction } from '@domain/schemas.ts';
import { useArticlePreview, type PreviewBody } from './api/preview-article.ts';
import { useCreateArticle } from './api/create-article.ts';
import { fieldErrorsFrom, type FieldErrors } from './field-errors.ts';
import { readArticleFile } from './read-article-file.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { metaFieldLabels } from './article-field-labels.ts';

export type IntakeInput = { kind: 'text'; text: string; fileName: string | null } | { kind: 'html'; html: string; fileName: string };
export type IntakeField = 'text' | 'file' | 'title' | 'outlet' | 'url' | 'publishedAt' | 'language' | 'direction';
export interface IntakeMeta {
  title: string;
  outlet: string;
  url: string;
  publishedAt: string;
}

const PREVIEW_DELAY_MS = 400;

/** The limit the input breaks before anything is sent, as a message; null when within limits. */
function overLimit(input: IntakeInput, t: TFunction<'intake'>): string | null {
  if (input.kind === 'text' && input.text.length > LIMITS.articleText) {
    return t('check.textTooLong', { length: input.text.length, max: LIMITS.articleText });
  }
  if (input.kind === 'html' && input.html.length > LIMITS.html) {
    return t('check.pageTooLong', { length: input.html.length, max: LIMITS.html });
  }
  return null;
}

export function useIntakeForm(onSaved: (article: Article) => void) {
  const { t } = useTranslation('intake');
  const [input, setInput] = useState<IntakeInput>({ kind: 'text', text: '', fileName: null });
  const [meta, setMeta] = useState<IntakeMeta>({ title: '', outlet: '', url: '', publishedAt: '' });
  const [language, setLanguage] = useState<string | null>(null);
  const [direction, setDirection] = useState<Direction | null>(null);
  const [errors, setErrors] = useState<FieldErrors<IntakeField>>({});
  const create = useCreateArticle();
  const contentField: IntakeField = input.kind === 'text' ? 'text' : 'file';
  const limitError = overLimit(input, t);
  const tooLong = limitError !== null;

  const previewBody = useMemo<PreviewBody | null>(() => {
    const content = input.kind === 'text' ? input.text : input.html;
    if (content.trim() === '' || tooLong) return null;
    const base = input.kind === 'text' ? { text: input.text } : { html: input.html };
    return language ? { ...base, language } : base;
  }, [input, language, tooLong]);
  const settledBody = useDebouncedValue(previewBody, PREVIEW_DELAY_MS);
  const preview = useArticlePreview(settledBody);
  const shown = previewBody && settledBody ? preview.data : undefined;
  const busy = previewBody !== null && (previewBody !== settledBody || preview.isFetching);

  const labels: Record<string, [IntakeField, string]> = {
    text: [contentField, input.kind === 'text' ? t('refusalLabels.text') : t('refusalLabels.page')],
    html: ['file', t('refusalLabels.page')],
    body: [contentField, t('refusalLabels.article')],
    ...metaFieldLabels(t),
  };
  const previewErrors = preview.error && previewBody ? fieldErrorsFrom(preview.error, labels) : {};

  const inputChanged = (next: IntakeInput) => {
    setInput(next);
    setErrors({});
  };

  const fileChosen = async (file: File) => {
    const result = await readArticleFile(file);
    if (!result.ok) {
      setErrors({ file: result.message });
      return;
    }
    const { kind, content, fileName } = result.file;
    inputChanged(kind === 'html' ? { kind, html: content, fileName } : { kind, text: content, fileName });
    // A new file is a new text: detect its language afresh.
    setLanguage(null);
    setDirection(null);
  };

  const metaChanged = (field: keyof IntakeMeta, value: string) => {
    setMeta((m) => ({ ...m, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const save = () => {
    const found: FieldErrors<IntakeField> = {};
    if (input.kind === 'text' && input.text.trim() === '') found.text = t('check.noText');
    else if (limitError) found[contentField] = limitError;
    if (input.kind === 'text' && meta.title.trim() === '') found.title = t('check.noTitle');
    const body: CreateArticleBody = {
      ...(input.kind === 'text' ? { text: input.text } : { html: input.html }),
      ...(meta.title.trim() ? { title: meta.title.trim() } : {}),
      outlet: meta.outlet.trim(),
      url: meta.url.trim() || null,
      publishedAt: meta.publishedAt || null,
      ...((language ?? shown?.language) ? { language: language ?? shown?.language } : {}),
      ...((direction ?? shown?.direction) ? { direction: direction ?? shown?.direction } : {}),
    };
    if (!found[contentField] && new Blob([JSON.stringify(body)]).size > LIMITS.bodyBytes) {
      found[contentField] = t('check.bodyTooLarge', { megabytes: LIMITS.bodyBytes / 1_000_000 });
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return false;
    }
    create.mutateAsync(body).then(onSaved, (error: unknown) => setErrors(fieldErrorsFrom(error, labels)));
    return true;
  };

  return {
    input,
    meta,
    language: language ?? shown?.language,
    direction: direction ?? shown?.direction,
    preview: shown,
    busy,
    errors: { ...previewErrors, ...(limitError ? { [contentField]: limitError } : {}), ...errors },
    saving: create.isPending,
    inputChanged,
    fileChosen,
    metaChanged,
    languageChosen: setLanguage,
    directionChosen: setDirection,
    save,
  };
}
