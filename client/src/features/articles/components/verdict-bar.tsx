// A stacked bar of an article's claims by verdict, with the counts spelled out for screen readers.
import type { VerdictCounts } from '../../../../../domain/schemas.ts';
import { VERDICT_META, VERDICT_ORDER } from '../../claims/verdicts.ts';

export function VerdictBar({ counts }: { counts: VerdictCounts }) {
  const total = VERDICT_ORDER.reduce((sum, v) => sum + counts[v], 0);
  const label =
    total === 0
      ? 'No claims yet'
      : `${total} ${total === 1 ? 'claim' : 'claims'}: ` +
        VERDICT_ORDER.map((v) => `${counts[v]} ${VERDICT_META[v].label.toLowerCase()}`).join(', ');
  return (
    <div className="verdict-summary">
      <div className="verdict-bar" role="img" aria-label={label}>
        {VERDICT_ORDER.map((v) =>
          counts[v] > 0 ? <span key={v} className={`verdict-bar-part verdict-${v}`} style={{ flexGrow: counts[v] }} /> : null,
        )}
      </div>
      <span className="verdict-counts" aria-hidden="true">
        {total === 0
          ? 'No claims'
          : VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
              <span key={v} className={`verdict-count verdict-${v}`}>
                {counts[v]} {VERDICT_META[v].label.toLowerCase()}
              </span>
            ))}
      </span>
    </div>
  );
}
