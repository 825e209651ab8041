// /articles/new: bring in an article by pasting it or choosing a file, check the detected language, direction and
// sentences in the preview, add its metadata, and save straight into the workbench.
import { useRef, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LIMITS } from '@domain/limits.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useArticles } from '../../../lib/queries/get-articles.ts';
import { useIntakeForm, type IntakeMeta } from '../use-intake-form.ts';
import { Field } from './field.tsx';
import { FileDrop } from './file-drop.tsx';
import { LanguageFields } from './language-fields.tsx';
import { SentencePreview } from './sentence-preview.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { DateField } from '../../../components/date-field.tsx';

const META_FIELDS: { field: keyof IntakeMeta; type: string; max?: number }[] = [
  { field: 'title', type: 'text', max: LIMITS.title },
  { field: 'outlet', type: 'text', max: LIMITS.outlet },
  { field: 'url', type: 'url', max: LIMITS.url },
  { field: 'publishedAt', type: 'date' },
];

export function IntakePage() {
  const { t } = useTranslation(['intake', 'common']);
  useDocumentTitle(t('page.title'));
  const format = useFormat();
  const [, navigate] = useLocation();
  const form = useIntakeForm((article) => navigate(`/articles/${article.id}`));
  const { input, preview, errors } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const { data: articles } = useArticles();
  const twin = preview?.duplicateOf
    ? (articles?.find((a) => a.id === preview.duplicateOf) ?? { id: preview.duplicateOf, title: t('page.anotherArticle') })
    : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.save()) {
      // Let React draw the messages, then take the user to the first field at fault.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };

  const titleHint =
    input.kind === 'html' ? (
      preview?.title ? (
        <Trans t={t} i18nKey="page.titleHintWithTitle" values={{ title: preview.title }} components={{ bdi: <bdi /> }} />
      ) : (
        t('page.titleHint')
      )
    ) : undefined;

  return (
    <main className="intake">
      <div className="intake-head">
        <h1>{t('page.title')}</h1>
        <Link href="/">{t('common:status.backToArticles')}</Link>
      </div>
      <form ref={formRef} className="intake-form" noValidate onSubmit={onSubmit} aria-label={t('page.formLabel')}>
        <div className="intake-input">
          {input.kind === 'html' ? (
            <div className="loaded-page">
              <p>
                <Trans t={t} i18nKey="page.loadedPage" values={{ fileName: input.fileName }} components={{ bdi: <bdi /> }} />
              </p>
              <button type="button" onClick={() => form.inputChanged({ kind: 'text', text: '', fileName: null })}>
                {t('page.removePage')}
              </button>
            </div>
          ) : (
            <Field
              id="intake-text"
              label={t('page.textLabel')}
              error={errors.text}
              hint={
                input.fileName ? (
                  <Trans
                    t={t}
                    i18nKey="page.textLengthFromFile"
                    values={{ fileName: input.fileName, length: input.text.length, max: LIMITS.articleText }}
                    components={{ bdi: <bdi /> }}
                  />
                ) : (
                  t('page.textLength', { length: input.text.length, max: LIMITS.articleText })
                )
              }
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={12}
                  dir={form.direction ?? 'auto'}
                  lang={form.language}
                  placeholder={t('page.placeholder')}
                  value={input.text}
                  onChange={(e) => form.inputChanged({ kind: 'text', text: e.target.value, fileName: input.fileName })}
                />
              )}
            </Field>
          )}
          <FileDrop error={errors.file} onFile={(file) => void form.fileChosen(file)} />
          {twin && (
            <p className="duplicate" role="status">
              <Trans
                t={t}
                i18nKey="page.duplicate"
                values={{ title: twin.title }}
                components={{ a: <Link href={`/articles/${twin.id}`} dir="auto" /> }}
              />
            </p>
          )}
        </div>

        <div className="intake-meta">
          {META_FIELDS.map(({ field, type, max }) => (
            <Field key={field} id={`intake-${field}`} label={t(`fields.${field}`)} error={errors[field]} hint={field === 'title' ? titleHint : undefined}>
              {(control) =>
                type === 'date' ? (
                  <DateField {...control} value={form.meta[field]} onChange={(day) => form.metaChanged(field, day)} />
                ) : (
                  <input
                    {...control}
                    type={type}
                    dir={type === 'text' ? 'auto' : undefined}
                    maxLength={max}
                    value={form.meta[field]}
                    onChange={(e) => form.metaChanged(field, e.target.value)}
                  />
                )
              }
            </Field>
          ))}
          {form.language && form.direction && preview ? (
            <>
              <LanguageFields
                idPrefix="intake"
                language={form.language}
                direction={form.direction}
                detected={preview}
                errors={errors}
                onLanguage={form.languageChosen}
                onDirection={form.directionChosen}
              />
              <p className="hint">
                {t(preview.languageConfident ? `page.detected.${preview.direction}` : `page.detected.${preview.direction}Unsure`, {
                  language: format.languageName(preview.language),
                })}
              </p>
            </>
          ) : (
            <p className="hint">{t('page.detectHint')}</p>
          )}
          {errors.form && (
            <p className="field-error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={form.saving || twin !== null}>
              {form.saving ? t('common:status.saving') : t('page.save')}
            </button>
          </div>
        </div>

        <SentencePreview sentences={preview?.sentences} language={form.language} direction={form.direction} busy={form.busy} />
      </form>
    </main>
  );
}
