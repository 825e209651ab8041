// The queue's filters: verdict, review state, source, article, fact-checker, dates and sort, all kept in the URL.
import { CLAIM_SORTS } from '../../../../../domain/requests.ts';
import { REVIEW_STATES, type ArticleSummary, type Person, type Source } from '../../../../../domain/schemas.ts';
import { VERDICT_META, VERDICT_ORDER } from '../../claims/verdicts.ts';
import { ALL_VERDICTS, DEFAULT_QUEUE_VERDICT, SORT_LABELS, type QueueFilter } from '../queue-params.ts';
import { REVIEW_LABELS } from '../review-states.ts';

interface QueueFiltersProps {
  params: URLSearchParams;
  sources: readonly Source[];
  articles: readonly ArticleSummary[];
  people: readonly Person[];
  onChange: (key: QueueFilter, value: string) => void;
}

export function QueueFilters({ params, sources, articles, people, onChange }: QueueFiltersProps) {
  const value = (key: QueueFilter) => params.get(key) ?? '';
  const select = (key: QueueFilter) => ({ value: value(key), onChange: (e: { target: { value: string } }) => onChange(key, e.target.value) });
  return (
    <fieldset className="queue-filters">
      <legend className="visually-hidden">Filters</legend>
      <div>
        <label htmlFor="queue-verdict">Verdict</label>
        <select id="queue-verdict" value={params.get('verdict') ?? DEFAULT_QUEUE_VERDICT} onChange={(e) => onChange('verdict', e.target.value)}>
          <option value={ALL_VERDICTS}>All verdicts</option>
          {VERDICT_ORDER.map((v) => (
            <option key={v} value={v}>
              {VERDICT_META[v].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-review">Review</label>
        <select id="queue-review" {...select('review')}>
          <option value="">Any state</option>
          {REVIEW_STATES.map((s) => (
            <option key={s} value={s}>
              {REVIEW_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-sourceId">Source</label>
        <select id="queue-sourceId" {...select('sourceId')}>
          <option value="">Any source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-articleId">Article</label>
        <select id="queue-articleId" {...select('articleId')}>
          <option value="">Any article</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-userId">Fact-checker</label>
        <select id="queue-userId" {...select('userId')}>
          <option value="">Anyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-from">Changed from</label>
        <input id="queue-from" type="date" {...select('from')} max={value('to') || undefined} />
      </div>
      <div>
        <label htmlFor="queue-to">Changed until</label>
        <input id="queue-to" type="date" {...select('to')} min={value('from') || undefined} />
      </div>
      <div>
        <label htmlFor="queue-sort">Sort</label>
        <select id="queue-sort" {...select('sort')}>
          {CLAIM_SORTS.map((s) => (
            <option key={s} value={s === '-updatedAt' ? '' : s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
