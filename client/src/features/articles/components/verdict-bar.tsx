// A stacked bar of an article's claims by verdict, in the order of the desk's scale, with the counts spelled out for
// screen readers. Each part has its verdict's colour, and the counts beside it its sign, so colour is not the only cue.
import { useTranslation } from 'react-i18next';
import type { VerdictCounts } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { verdictStyle } from '../../../lib/verdict-view.ts';

export function VerdictBar({ counts }: { counts: VerdictCounts }) {
  const { t } = useTranslation(['articles', 'claims']);
  const format = useFormat();
  const scale = useRatingScale();
  const parts = scale.verdicts.map((verdict) => ({ verdict, count: counts[verdict.key] ?? 0 })).filter((p) => p.count > 0);
  const total = parts.reduce((sum, p) => sum + p.count, 0);
  const counted = ({ verdict, count }: (typeof parts)[number]) =>
    t('claims:verdictCount', { verdict: verdict.labels[format.language], count });
  const label = total === 0 ? t('verdictBar.none') : t('verdictBar.label', { count: total, counts: format.list(parts.map(counted)) });
  return (
    <div className="verdict-summary">
      <div className="verdict-bar" role="img" aria-label={label}>
        {parts.map((p) => (
          <span key={p.verdict.key} className="verdict-bar-part" data-verdict={p.verdict.key} style={{ ...verdictStyle(p.verdict), flexGrow: p.count }} />
        ))}
      </div>
      <span className="verdict-counts" aria-hidden="true">
        {total === 0
          ? t('verdictBar.noneShort')
          : parts.map((p) => (
              <span key={p.verdict.key} className="verdict-count" style={verdictStyle(p.verdict)}>
                {p.verdict.sign}&nbsp;{counted(p)}
              </span>
            ))}
      </span>
    </div>
  );
}
