// The queue's filters: verdict, review state, source, article, fact-checker, dates and sort, all kept in the URL.
import { CLAIM_SORTS } from '../../../../../domain/requests.ts';
import type { ArticleSummary, Person, Source } from '../../../../../domain/schemas.ts';
import { ClaimFilterFields } from '../../claims/components/claim-filter-fields.tsx';
import { ALL_VERDICTS, DEFAULT_QUEUE_VERDICT, SORT_LABELS, type QueueFilter } from '../queue-params.ts';

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
      <ClaimFilterFields
        idPrefix="queue"
        value={(key) => (key === 'verdict' ? (params.get('verdict') ?? DEFAULT_QUEUE_VERDICT) : value(key))}
        onChange={onChange}
        sources={sources}
        articles={articles}
        people={people}
        anyVerdict={{ value: ALL_VERDICTS, label: 'All verdicts' }}
      />
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
