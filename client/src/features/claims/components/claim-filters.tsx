// Filters of the claims panel: by verdict and by source.
import { useTranslation } from 'react-i18next';
import type { Source, Verdict } from '@domain/schemas.ts';
import { sourceName } from '@domain/locales.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { VERDICT_ORDER } from '../../../lib/verdicts.ts';

export function ClaimFilters({ sources }: { sources: readonly Source[] }) {
  const { t } = useTranslation(['claims', 'common']);
  const { language } = useFormat();
  const verdict = useUiStore((s) => s.verdictFilter);
  const sourceId = useUiStore((s) => s.sourceFilter);
  const verdictFilterChanged = useUiStore((s) => s.verdictFilterChanged);
  const sourceFilterChanged = useUiStore((s) => s.sourceFilterChanged);
  return (
    <div className="filters">
      <label>
        {t('filters.show')}
        <select value={verdict} onChange={(e) => verdictFilterChanged(e.target.value as Verdict | 'all')}>
          <option value="all">{t('filters.allVerdicts')}</option>
          {VERDICT_ORDER.map((v) => (
            <option key={v} value={v}>
              {t(`common:verdict.${v}`)}
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
