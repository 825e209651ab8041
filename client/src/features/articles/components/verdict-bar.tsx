// A stacked bar of an article's claims by verdict, with the counts spelled out for screen readers.
import { useTranslation } from 'react-i18next';
import type { Verdict, VerdictCounts } from '@domain/schemas.ts';
import { VERDICT_ORDER } from '../../../lib/verdicts.ts';

export function VerdictBar({ counts }: { counts: VerdictCounts }) {
  const { t } = useTranslation(['articles', 'claims']);
  const total = VERDICT_ORDER.reduce((sum, v) => sum + counts[v], 0);
  const counted = (v: Verdict) => t(`claims:verdictCount.${v}`, { count: counts[v] });
  const label =
    total === 0
      ? t('verdictBar.none')
      : t('verdictBar.label', {
          count: total,
          corroborated: counted('corroborated'),
          disputed: counted('disputed'),
          unreviewed: counted('unreviewed'),
        });
  return (
    <div className="verdict-summary">
      <div className="verdict-bar" role="img" aria-label={label}>
        {VERDICT_ORDER.map((v) =>
          counts[v] > 0 ? <span key={v} className={`verdict-bar-part verdict-${v}`} style={{ flexGrow: counts[v] }} /> : null,
        )}
      </div>
      <span className="verdict-counts" aria-hidden="true">
        {total === 0
          ? t('verdictBar.noneShort')
          : VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => (
              <span key={v} className={`verdict-count verdict-${v}`}>
                {counted(v)}
              </span>
            ))}
      </span>
    </div>
  );
}
