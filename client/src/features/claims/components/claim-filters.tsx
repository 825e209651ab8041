// Filters of the claims panel: by verdict and by source.
import type { Source, Verdict } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { VERDICT_META, VERDICT_ORDER } from '../verdicts.ts';

export function ClaimFilters({ sources }: { sources: readonly Source[] }) {
  const verdict = useUiStore((s) => s.verdictFilter);
  const sourceId = useUiStore((s) => s.sourceFilter);
  const verdictFilterChanged = useUiStore((s) => s.verdictFilterChanged);
  const sourceFilterChanged = useUiStore((s) => s.sourceFilterChanged);
  return (
    <div className="filters">
      <label>
        Show
        <select value={verdict} onChange={(e) => verdictFilterChanged(e.target.value as Verdict | 'all')}>
          <option value="all">All verdicts</option>
          {VERDICT_ORDER.map((v) => (
            <option key={v} value={v}>
              {VERDICT_META[v].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Attributed to
        <select value={sourceId} onChange={(e) => sourceFilterChanged(e.target.value)}>
          <option value="all">Anyone</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
