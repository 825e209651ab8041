// The queue's filters: verdict, review state, source, article, fact-checker, dates and sort, all kept in the URL. On a
// phone they fold behind one button that says how many are set, so the queue's first card is on the first screen.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_SORTS } from '@domain/requests.ts';
import type { ArticleSummary, Person, Source } from '@domain/schemas.ts';
import { ClaimFilterFields } from '../../../components/claim-filter-fields.tsx';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { ALL_VERDICTS, defaultQueueVerdict, type QueueFilter } from '../queue-params.ts';

interface QueueFiltersProps {
  params: URLSearchParams;
  sources: readonly Source[];
  articles: readonly ArticleSummary[];
  people: readonly Person[];
  onChange: (key: QueueFilter, value: string) => void;
}

export function QueueFilters({ params, sources, articles, people, onChange }: QueueFiltersProps) {
  const { t } = useTranslation('review');
  const scale = useRatingScale();
  const value = (key: QueueFilter) => params.get(key) ?? '';
  const select = (key: QueueFilter) => ({ value: value(key), onChange: (e: { target: { value: string } }) => onChange(key, e.target.value) });
  const [folded, setFolded] = useState(true);
  const fieldsId = useId();
  const set = FOLDED_FILTERS.filter((key) => value(key) !== '').length;
  return (
    <>
      <button type="button" className="queue-filters-toggle" aria-expanded={!folded} aria-controls={fieldsId} onClick={() => setFolded(!folded)}>
        {set > 0 ? t('filters.toggleSet', { count: set }) : t('filters.legend')}
      </button>
      <fieldset id={fieldsId} className="queue-filters" data-folded={folded || undefined}>
        <legend className="visually-hidden">{t('filters.legend')}</legend>
        <ClaimFilterFields
          idPrefix="queue"
          value={(key) => (key === 'verdict' ? (params.get('verdict') ?? defaultQueueVerdict(scale)) : value(key))}
          onChange={onChange}
          sources={sources}
          articles={articles}
          people={people}
          anyVerdict={{ value: ALL_VERDICTS, label: t('filters.allVerdicts') }}
        />
        <div>
          <label htmlFor="queue-sort">{t('filters.sort')}</label>
          <select id="queue-sort" {...select('sort')}>
            {CLAIM_SORTS.map((s) => (
              <option key={s} value={s === '-updatedAt' ? '' : s}>
                {t(`sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
    </>
  );
}

/** The filters the fold's button counts: the search box stays outside the fold. */
const FOLDED_FILTERS: readonly QueueFilter[] = ['verdict', 'review', 'sourceId', 'articleId', 'userId', 'from', 'to', 'sort'];
