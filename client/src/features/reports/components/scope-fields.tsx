// The scope of a report: one article from a picker, or the review queue's filters across articles.
import type { Verdict } from '../../../../../domain/schemas.ts';
import { useArticles } from '../../articles/api/get-articles.ts';
import { VERDICT_META, VERDICT_ORDER } from '../../claims/verdicts.ts';
import { usePeople } from '../../people/api/get-people.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import type { ExportForm, FilterName } from '../export-form.ts';

const REVIEW_LABELS = { pending: 'Waiting for review', approved: 'Approved by an editor', returned: 'Sent back' } as const;

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
  const { data: sources } = useSources();
  const { data: people } = usePeople();
  const set = (name: FilterName) => (e: { target: { value: string } }) =>
    onChange({ ...form, filters: { ...form.filters, [name]: e.target.value } });
  const { filters } = form;
  return (
    <div className="export-filters">
      <div>
        <label htmlFor="export-verdict">Verdict</label>
        <select id="export-verdict" value={filters.verdict} onChange={set('verdict')}>
          <option value="">Any verdict</option>
          {VERDICT_ORDER.map((v: Verdict) => (
            <option key={v} value={v}>
              {VERDICT_META[v].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="export-review">Review</label>
        <select id="export-review" value={filters.review} onChange={set('review')}>
          <option value="">Any review state</option>
          {Object.entries(REVIEW_LABELS).map(([state, label]) => (
            <option key={state} value={state}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="export-source">Source</label>
        <select id="export-source" value={filters.sourceId} onChange={set('sourceId')}>
          <option value="">Any source</option>
          {sources?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="export-article">Article</label>
        <select id="export-article" value={filters.articleId} onChange={set('articleId')}>
          <ArticleOptions none="Any article" />
        </select>
      </div>
      <div>
        <label htmlFor="export-fact-checker">Fact-checker</label>
        <select id="export-fact-checker" value={filters.userId} onChange={set('userId')}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          {people?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="export-changed-from">Changed from</label>
        <input id="export-changed-from" type="date" value={filters.from} max={filters.to || undefined} onChange={set('from')} />
      </div>
      <div>
        <label htmlFor="export-changed-until">Changed until</label>
        <input id="export-changed-until" type="date" value={filters.to} min={filters.from || undefined} onChange={set('to')} />
      </div>
    </div>
  );
}
