// /articles/new: bring in an article by pasting it or choosing a file, check the detected language, direction and
// sentences in the preview, add its metadata, and save straight into the workbench.
import { useRef, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { LIMITS } from '../../../../../domain/limits.ts';
import { useArticles } from '../../articles/api/get-articles.ts';
import { languageName } from '../../articles/format.ts';
import { useIntakeForm, type IntakeMeta } from '../use-intake-form.ts';
import { Field } from './field.tsx';
import { ARTICLE_FIELD_LABELS } from '../article-field-labels.ts';
import { FileDrop } from './file-drop.tsx';
import { LanguageFields } from './language-fields.tsx';
import { SentencePreview } from './sentence-preview.tsx';

const META_FIELDS: { field: keyof IntakeMeta; label: string; type: string; max?: number }[] = [
  { field: 'title', label: ARTICLE_FIELD_LABELS.title, type: 'text', max: LIMITS.title },
  { field: 'outlet', label: ARTICLE_FIELD_LABELS.outlet, type: 'text', max: LIMITS.outlet },
  { field: 'url', label: ARTICLE_FIELD_LABELS.url, type: 'url', max: LIMITS.url },
  { field: 'publishedAt', label: ARTICLE_FIELD_LABELS.publishedAt, type: 'date' },
];

export function IntakePage() {
  const [, navigate] = useLocation();
  const form = useIntakeForm((article) => navigate(`/articles/${article.id}`));
  const { input, preview, errors } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const { data: articles } = useArticles();
  const twin = preview?.duplicateOf ? (articles?.find((a) => a.id === preview.duplicateOf) ?? { id: preview.duplicateOf, title: 'another article' }) : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.save()) {
      // Let React draw the messages, then take the user to the first field at fault.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  };

  const titleHint =
    input.kind === 'html' ? (preview?.title ? <>Leave empty to use the page’s title: <bdi>{preview.title}</bdi></> : 'Leave empty to use the page’s title.') : undefined;

  return (
    <main className="intake">
      <div className="intake-head">
        <h1>Add an article</h1>
        <Link href="/">Back to all articles</Link>
      </div>
      <form ref={formRef} className="intake-form" noValidate onSubmit={onSubmit} aria-label="New article">
        <div className="intake-input">
          {input.kind === 'html' ? (
            <div className="loaded-page">
              <p>
                <bdi>{input.fileName}</bdi> is a web page: the server keeps its article text (scripts, styles and menus
                are dropped), shown in the preview.
              </p>
              <button type="button" onClick={() => form.inputChanged({ kind: 'text', text: '', fileName: null })}>
                Remove the page
              </button>
            </div>
          ) : (
            <Field
              id="intake-text"
              label="Article text"
              error={errors.text}
              hint={
                <>
                  {input.fileName && <>From <bdi>{input.fileName}</bdi> · </>}
                  {input.text.length.toLocaleString('en')} of {LIMITS.articleText.toLocaleString('en')} characters
                </>
              }
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={12}
                  dir={form.direction ?? 'auto'}
                  lang={form.language}
                  placeholder="Paste the article here"
                  value={input.text}
                  onChange={(e) => form.inputChanged({ kind: 'text', text: e.target.value, fileName: input.fileName })}
                />
              )}
            </Field>
          )}
          <FileDrop error={errors.file} onFile={(file) => void form.fileChosen(file)} />
          {twin && (
            <p className="duplicate" role="status">
              Already added as <Link href={`/articles/${twin.id}`}>{twin.title}</Link>
            </p>
          )}
        </div>

        <div className="intake-meta">
          {META_FIELDS.map(({ field, label, type, max }) => (
            <Field key={field} id={`intake-${field}`} label={label} error={errors[field]} hint={field === 'title' ? titleHint : undefined}>
              {(control) => (
                <input
                  {...control}
                  type={type}
                  dir={type === 'text' ? 'auto' : undefined}
                  maxLength={max}
                  value={form.meta[field]}
                  onChange={(e) => form.metaChanged(field, e.target.value)}
                />
              )}
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
                Detected: {languageName(preview.language)}, {preview.direction === 'rtl' ? 'right to left' : 'left to right'}
                {!preview.languageConfident && ' (from little text: please check)'}
              </p>
            </>
          ) : (
            <p className="hint">Language and direction are detected from the text; you can correct them here.</p>
          )}
          {errors.form && (
            <p className="field-error" role="alert">
              {errors.form}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={form.saving || twin !== null}>
              {form.saving ? 'Saving…' : 'Save article'}
            </button>
          </div>
        </div>

        <SentencePreview sentences={preview?.sentences} language={form.language} direction={form.direction} busy={form.busy} />
      </form>
    </main>
  );
}
