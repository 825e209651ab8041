// A picture of the desk: one stacked bar per source (disputed, corroborated, unreviewed), the most disputed first.
// Each bar is a button that filters the queue by its source; its name spells the counts out for screen readers.
import type { Source, Verdict } from '../../../../../domain/schemas.ts';
import { VERDICT_META } from '../../claims/verdicts.ts';
import type { ClaimsSummary } from '../api/get-claims-summary.ts';
import { SourceName } from './claim-summary.tsx';

const STACK: readonly Verdict[] = ['disputed', 'corroborated', 'unreviewed'];
const counted = (n: number, verdict: Verdict) => `${n} ${VERDICT_META[verdict].label.toLowerCase()}`;

interface DeskChartProps {
  rows: ClaimsSummary['bySource'];
  sources: readonly Source[];
  activeSourceId: string | null;
  onPick: (sourceId: string | null) => void;
}

export function DeskChart({ rows, sources, activeSourceId, onPick }: DeskChartProps) {
  const max = Math.max(1, ...rows.map((r) => r.disputed + r.corroborated + r.unreviewed));
  return (
    <figure className="desk-chart" aria-labelledby="desk-chart-title">
      <figcaption id="desk-chart-title">
        Claims by source and verdict <span className="hint">(every verdict; choose a bar to filter the queue)</span>
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {STACK.map((v) => (
          <li key={v}>
            <span className={`legend-swatch verdict-${v}`} /> {VERDICT_META[v].label}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="hint">No claims match these filters.</p>
      ) : (
        <ul className="chart-bars">
          {rows.map((row) => {
            const source = sources.find((s) => s.id === row.sourceId);
            const total = row.disputed + row.corroborated + row.unreviewed;
            const counts = STACK.map((v) => counted(row[v], v)).join(', ');
            const pressed = activeSourceId === row.sourceId;
            let x = 0;
            return (
              <li key={row.sourceId}>
                <button
                  type="button"
                  className="chart-bar"
                  aria-pressed={pressed}
                  aria-label={`${source?.name ?? row.sourceId}: ${counts}`}
                  onClick={() => onPick(pressed ? null : row.sourceId)}
                >
                  <span className="chart-label">
                    <SourceName source={source} fallback={row.sourceId} />
                  </span>
                  <svg className="chart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <title>{counts}</title>
                    {STACK.map((v) => {
                      const width = (row[v] / max) * 100;
                      const rect = width > 0 ? <rect key={v} className={`bar-${v}`} x={x} y={0} width={width} height={10} /> : null;
                      x += width;
                      return rect;
                    })}
                  </svg>
                  <span className="chart-total">{total}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
