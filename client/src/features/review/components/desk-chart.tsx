// A picture of the desk: one stacked bar per source, the verdicts that need an editor's review first (the server sends
// the rows in that order). Each verdict has its colour and a pattern of its own in the bars, and its sign in the
// legend, so none is told by colour alone. Each bar is a button that filters the queue by its source; its name spells
// the counts out for screen readers. Bars grow from the interface's start: from the right in Arabic.
import { useId, useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { directionOf } from '@domain/locales.ts';
import type { Source } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { chartStack, totalOf, verdictStyle } from '../../../lib/verdict-view.ts';
import type { ClaimsSummary } from '../api/get-claims-summary.ts';
import { SourceName } from './claim-summary.tsx';

interface DeskChartProps {
  rows: ClaimsSummary['bySource'];
  sources: readonly Source[];
  activeSourceId: string | null;
  onPick: (sourceId: string | null) => void;
}

/** One pattern per place in the stack, drawn over the colour (the first verdict is plain). */
const PATTERNS = [
  null,
  <path d="M0 4L4 0" />,
  <circle cx="2" cy="2" r="0.8" />,
  <path d="M0 2H4" />,
  <path d="M2 0V4" />,
  <path d="M0 0L4 4M0 4L4 0" />,
];

export function DeskChart({ rows, sources, activeSourceId, onPick }: DeskChartProps) {
  const { t } = useTranslation(['review', 'claims']);
  const format = useFormat();
  const scale = useRatingScale();
  const stack = chartStack(scale);
  const patternId = `${useId().replace(/:/g, '')}-pattern-`;
  const rtl = directionOf(format.language) === 'rtl';
  // "a, b, c" as the language writes a plain enumeration (its comma, no "and").
  const units = useMemo(() => new Intl.ListFormat(format.language, { type: 'unit', style: 'short' }), [format.language]);
  const max = Math.max(1, ...rows.map((r) => totalOf(r.counts)));
  return (
    <figure className="desk-chart" aria-labelledby="desk-chart-title">
      <figcaption id="desk-chart-title">
        <Trans t={t} i18nKey="chart.title" components={{ hint: <span className="hint" /> }} />
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {stack.map((v) => (
          <li key={v.key} data-verdict={v.key}>
            <span className="legend-swatch" style={verdictStyle(v)}>
              {v.sign}
            </span>{' '}
            {v.labels[format.language]}
          </li>
        ))}
      </ul>
      {rows.length === 0 ? (
        <p className="hint">{t('chart.empty')}</p>
      ) : (
        <ul className="chart-bars">
          {rows.map((row) => {
            const source = sources.find((s) => s.id === row.sourceId);
            const total = totalOf(row.counts);
            const counts = units.format(
              stack.map((v) => t('chart.count', { verdict: v.labels[format.language], count: row.counts[v.key] ?? 0 })),
            );
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
                    <defs>
                      {PATTERNS.map((shape, i) =>
                        shape ? (
                          <pattern key={i} id={`${patternId}${i}`} className="chart-pattern" width="4" height="4" patternUnits="userSpaceOnUse">
                            {shape}
                          </pattern>
                        ) : null,
                      )}
                    </defs>
                    {stack.map((v, i) => {
                      const width = ((row.counts[v.key] ?? 0) / max) * 100;
                      const x = rtl ? 100 - offset - width : offset;
                      offset += width;
                      const pattern = PATTERNS[i % PATTERNS.length] ? `url(#${patternId}${i % PATTERNS.length})` : undefined;
                      return width > 0 ? (
                        <g key={v.key} data-verdict={v.key} style={verdictStyle(v)}>
                          <rect className="bar-part" x={x} y={0} width={width} height={10} />
                          {pattern && <rect className="bar-pattern" x={x} y={0} width={width} height={10} fill={pattern} />}
                        </g>
                      ) : null;
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
