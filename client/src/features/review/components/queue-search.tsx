// The queue's search box: words to find in the claims' quotes and notes, searched on the server (`q`, tolerant of
// Arabic spelling, accents and case) once typing pauses, and kept in the URL with the other filters.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

/** How long typing must pause before the queue is searched again. */
const SEARCH_PAUSE_MS = 300;

export function QueueSearch({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation('review');
  const [typed, setTyped] = useState(value);
  const settled = useDebouncedValue(typed, SEARCH_PAUSE_MS);
  // The URL changed from elsewhere (back, a link): the box shows it. A space just typed, which the search trims, stays.
  useEffect(() => setTyped((current) => (current.trim() === value ? current : value)), [value]);
  useEffect(() => {
    if (settled.trim() !== value.trim()) onSearch(settled.trim());
    // Only a settled change of what was typed searches; `value` catching up must not search again.
  }, [settled]);
  return (
    <div className="queue-search" role="search">
      <label htmlFor="queue-q">{t('queue.search.label')}</label>
      <input
        id="queue-q"
        type="search"
        dir="auto"
        maxLength={LIMITS.searchQuery}
        value={typed}
        aria-describedby="queue-q-hint"
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onSearch(typed.trim());
        }}
      />
      <p id="queue-q-hint" className="hint">
        {t('queue.search.hint')}
      </p>
    </div>
  );
}
