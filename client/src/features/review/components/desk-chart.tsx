// A picture of the desk: one stacked bar per source (disputed, corroborated, unreviewed), the most disputed first.
// Each bar is a button that filters the queue by its source; its name spells the counts out for screen readers.
// Bars grow from the interface's start: from the right in Arabic.
import { Trans, useTranslation } from 'react-i18next';
import { directionOf } from '@domain/locales.ts';
import type { Source, Verdict } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import type { ClaimsSummary } from '../api/get-claims-summary.ts';
import { SourceName } from './claim-summary.tsx';

const STACK: readonly Verdict[] = ['disputed', 'corroborated', 'unreviewed'];

interface DeskChartProps {
  rows: ClaimsSummary['bySource'];
  sources: readonly Source[];
  activeSourceId: string | null;
  onPick: (sourceId: string | null) => void;
}

export function DeskChart({ rows, sources, activeSourceId, onPick }: DeskChartProps) {
  const { t } = useTranslation(['review', 'common']);
  const format = useFormat();
  const rtl = directionOf(format.language) === 'rtl';
  const max = Math.max(1, ...rows.map((r) => r.disputed + r.corroborated + r.unreviewed));
  return (
    <figure className="desk-chart" aria-labelledby="desk-chart-title">
      <figcaption id="desk-chart-title">
        <Trans t={t} i18nKey="chart.title" components={{ hint: <span className="hint" /> }} />
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {STACK.map((v) => (
          <li key={v}>
            <span className={`legend-swatch verdict-${v}`} /> {t(`common:verdict.${v}`)}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="hint">{t('chart.empty')}</p>
      ) : (
        <ul className="chart-bars">
          {rows.map((row) => {
            const source = sources.find((s) => s.id === row.sourceId);
            const total = row.disputed + row.corroborated + row.unreviewed;
            const counts = t('chart.counts', {
              disputed: t('chart.disputed', { count: row.disputed }),
              corroborated: t('chart.corroborated', { count: row.corroborated }),
              unreviewed: t('chart.unreviewed', { count: row.unreviewed }),
            });
            const pressed = activeSourceId === row.sourceId;
            let offset = 0;
            return (
              <li key={row.sourceId}>
                <button
                  type="button"
                  className="chart-bar"
                  aria-pressed={pressed}
                  onClick={() => onPick(pressed ? null : row.sourceId)}
                >
                  {/* The name starts with the visible source name (speech input says what it sees), then spells out
                      the counts that the bar and its total sum up. */}
                  <span className="chart-label">
                    <SourceName source={source} fallback={row.sourceId} />
                    <span className="visually-hidden">{t('chart.barCounts', { counts })}</span>
                  </span>
                  <svg className="chart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    <title>{counts}</title>
                    {STACK.map((v) => {
                      const width = (row[v] / max) * 100;
                      const x = rtl ? 100 - offset - width : offset;
                      offset += width;
                      return width > 0 ? <rect key={v} className={`bar-${v}`} x={x} y={0} width={width} height={10} /> : null;
                    })}
                  </svg>
                  <span className="chart-total" aria-hidden="true">
                    {format.number(total)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
