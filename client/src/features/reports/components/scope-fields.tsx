// The scope of a report: one article from a picker, or the review queue's filters across articles.
import { useArticles } from '../../articles/api/get-articles.ts';
import { ClaimFilterFields } from '../../claims/components/claim-filter-fields.tsx';
import { usePeople } from '../../people/api/get-people.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import type { ExportForm } from '../export-form.ts';

interface FieldsProps {
  form: ExportForm;
  onChange: (next: ExportForm) => void;
}

export function ScopeFields({ form, onChange }: FieldsProps) {
  const setScope = (scope: ExportForm['scope']) => onChange({ ...form, scope });
  return (
    <fieldset className="export-section">
      <legend>What to export</legend>
      <div className="choice-row">
        <label className="choice">
          <input type="radio" name="scope" checked={form.scope === 'article'} onChange={() => setScope('article')} />
          One article
        </label>
        <label className="choice">
          <input type="radio" name="scope" checked={form.scope === 'queue'} onChange={() => setScope('queue')} />
          Claims matching a filter, across articles
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
        <option key={a.id} value={a.id}>
          {a.title}
        </option>
      ))}
    </>
  );
}

function ArticlePicker({ form, onChange }: FieldsProps) {
  return (
    <div>
      <label htmlFor="export-article">Article</label>
      <select id="export-article" value={form.filters.articleId} onChange={(e) => onChange({ ...form, filters: { ...form.filters, articleId: e.target.value } })}>
        <ArticleOptions none="Choose an article…" />
      </select>
    </div>
  );
}

function QueueFilters({ form, onChange }: FieldsProps) {
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
        anyVerdict={{ value: '', label: 'Any verdict' }}
        offerMe
      />
    </div>
  );
}
