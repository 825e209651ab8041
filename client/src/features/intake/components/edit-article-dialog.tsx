// Edits an article's metadata, and its text while no claim points into it (the server refuses with 409 after).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import type { UpdateArticleBody } from '@domain/requests.ts';
import type { ArticleDetail, Direction } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useUpdateArticle } from '../api/update-article.ts';
import { fieldErrorsFrom, type FieldErrors } from '../field-errors.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import { metaFieldLabels } from '../article-field-labels.ts';
import { Field } from './field.tsx';
import { LanguageFields } from './language-fields.tsx';
import { DateField } from '../../../components/date-field.tsx';

type EditField = 'title' | 'outlet' | 'url' | 'publishedAt' | 'language' | 'direction' | 'text';

export function EditArticleDialog({ article, claimCount, onClose }: { article: ArticleDetail; claimCount: number; onClose: () => void }) {
  const { t } = useTranslation(['intake', 'common']);
  const ref = useModalDialog();
  const update = useUpdateArticle();
  const [draft, setDraft] = useState({
    title: article.title,
    outlet: article.outlet,
    url: article.url ?? '',
    publishedAt: article.publishedAt ?? '',
    language: article.language,
    direction: article.direction as Direction,
    text: article.text,
  });
  const [errors, setErrors] = useState<FieldErrors<EditField>>({});
  const set = (field: EditField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const changes: UpdateArticleBody = {};
    if (draft.title !== article.title) changes.title = draft.title;
    if (draft.outlet !== article.outlet) changes.outlet = draft.outlet;
    if ((draft.url.trim() || null) !== article.url) changes.url = draft.url.trim() || null;
    if ((draft.publishedAt || null) !== article.publishedAt) changes.publishedAt = draft.publishedAt || null;
    if (draft.language !== article.language) changes.language = draft.language;
    if (draft.direction !== article.direction) changes.direction = draft.direction;
    if (draft.text !== article.text) changes.text = draft.text;
    if (Object.keys(changes).length === 0) return ref.current?.close();
    update.mutateAsync({ articleId: article.id, changes }).then(
      () => {
        ref.current?.close();
        useUiStore.getState().toastShown(t('edit.saved'));
      },
      (error: unknown) => {
        const labels: Record<string, [EditField, string]> = { ...metaFieldLabels(t), text: ['text', t('refusalLabels.text')] };
        setErrors(fieldErrorsFrom(error, labels));
      },
    );
  };

  const textLocked = claimCount > 0;
  return (
    <dialog ref={ref} className="edit-dialog" aria-labelledby="edit-article-heading" onClose={onClose}>
      <form noValidate onSubmit={onSubmit}>
        <h2 id="edit-article-heading">{t('edit.heading')}</h2>
        <Field id="edit-title" label={t('fields.title')} error={errors.title}>
          {(c) => <input {...c} dir="auto" maxLength={LIMITS.title} value={draft.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <div className="field-row">
          <Field id="edit-outlet" label={t('fields.outlet')} error={errors.outlet}>
            {(c) => <input {...c} dir="auto" maxLength={LIMITS.outlet} value={draft.outlet} onChange={(e) => set('outlet', e.target.value)} />}
          </Field>
          <Field id="edit-publishedAt" label={t('fields.publishedAt')} error={errors.publishedAt}>
            {(c) => <DateField {...c} value={draft.publishedAt} onChange={(day) => set('publishedAt', day)} />}
          </Field>
        </div>
        <Field id="edit-url" label={t('fields.url')} error={errors.url}>
          {(c) => <input {...c} type="url" maxLength={LIMITS.url} value={draft.url} onChange={(e) => set('url', e.target.value)} />}
        </Field>
        <LanguageFields
          idPrefix="edit"
          language={draft.language}
          direction={draft.direction}
          errors={errors}
          onLanguage={(language) => set('language', language)}
          onDirection={(direction) => set('direction', direction)}
        />
        <Field
          id="edit-text"
          label={t('fields.text')}
          error={errors.text}
          hint={textLocked ? t('edit.textLocked', { count: claimCount }) : undefined}
        >
          {(c) => (
            <textarea
              {...c}
              rows={8}
              dir={draft.direction}
              lang={draft.language}
              readOnly={textLocked}
              value={draft.text}
              onChange={(e) => set('text', e.target.value)}
            />
          )}
        </Field>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="actions actions-end">
          <button type="button" onClick={() => ref.current?.close()}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="primary" disabled={update.isPending}>
            {t('edit.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
