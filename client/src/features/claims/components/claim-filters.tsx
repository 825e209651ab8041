// Filters of the claims panel: by verdict and by source.
import { useTranslation } from 'react-i18next';
import type { Source } from '@domain/schemas.ts';
import { sourceName } from '@domain/locales.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useRatingScale } from '../../../lib/queries/get-rating-scale.ts';
import { verdictOptions } from '../../../lib/verdict-view.ts';

export function ClaimFilters({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation('claims');
  const { language } = useFormat();
  const scale = useRatingScale();
  const verdict = useUiStore((s) => s.verdictFilter);
  const sourceId = useUiStore((s) => s.sourceFilter);
  const verdictFilterChanged = useUiStore((s) => s.verdictFilterChanged);
  const sourceFilterChanged = useUiStore((s) => s.sourceFilterChanged);
  return (
    <div className="filters">
      <label>
        {t('filters.show')}
        <select value={verdict} onChange={(e) => verdictFilterChanged(e.target.value)}>
          <option value="all">{t('filters.allVerdicts')}</option>
          {verdictOptions(scale, language).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.attributedTo')}
        <select value={sourceId} onChange={(e) => sourceFilterChanged(e.target.value)}>
          <option value="all">{t('filters.anyone')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id} dir="auto">
              {sourceName(s, language)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
