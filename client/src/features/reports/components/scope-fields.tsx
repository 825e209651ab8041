// The scope of a report: one article from a picker, or the review queue's filters across articles.
import { useTranslation } from 'react-i18next';
import { useArticles } from '../../../lib/queries/get-articles.ts';
import { ClaimFilterFields } from '../../../components/claim-filter-fields.tsx';
import { usePeople } from '../../../lib/queries/get-people.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import type { ExportForm } from '../export-form.ts';

interface FieldsProps {
  form: ExportForm;
  onChange: (next: ExportForm) => void;
}

export function ScopeFields({ form, onChange }: FieldsProps) {
  const { t } = useTranslation('reports');
  const setScope = (scope: ExportForm['scope']) => onChange({ ...form, scope });
  return (
    <fieldset className="export-section">
      <legend>{t('scope.legend')}</legend>
      <div className="choice-row">
        <label className="choice">
          <input type="radio" name="scope" checked={form.scope === 'article'} onChange={() => setScope('article')} />
          {t('scope.article')}
        </label>
        <label className="choice">
          <input type="radio" name="scope" checked={form.scope === 'queue'} onChange={() => setScope('queue')} />
          {t('scope.queue')}
        </label>
      </div>
      {form.scope === 'article' ? <ArticlePicker form={form} onChange={onChange} /> : <QueueFilters form={form} onChange={onChange} />}
    </fieldset>
  );
}

function ArticleOptions({ none }: { none: string }) {
  const { data: articles } = useArticles();
  return (
    <>
      <option value="">{none}</option>
      {articles?.map((a) => (
        <option key={a.id} value={a.id} dir="auto">
          {a.title}
        </option>
      ))}
    </>
  );
}

function ArticlePicker({ form, onChange }: FieldsProps) {
  const { t } = useTranslation('reports');
  return (
    <div>
      <label htmlFor="export-article">{t('scope.articleLabel')}</label>
      <select id="export-article" value={form.filters.articleId} onChange={(e) => onChange({ ...form, filters: { ...form.filters, articleId: e.target.value } })}>
        <ArticleOptions none={t('scope.chooseArticle')} />
      </select>
    </div>
  );
}

function QueueFilters({ form, onChange }: FieldsProps) {
  const { t } = useTranslation('reports');
  const { data: sources = [] } = useSources();
  const { data: people = [] } = usePeople();
  const { data: articles = [] } = useArticles();
  return (
    <div className="export-filters">
      <ClaimFilterFields
        idPrefix="export"
        value={(key) => form.filters[key]}
        onChange={(key, value) => onChange({ ...form, filters: { ...form.filters, [key]: value } })}
        sources={sources}
        articles={articles}
        people={people}
        anyVerdict={{ value: '', label: t('scope.anyVerdict') }}
        offerMe
      />
    </div>
  );
}
