// The three verdict buttons; the pressed one is the claim's verdict. Keys 1/2/3 or c/d/u do the same (see the
// shortcuts dialog and aria-keyshortcuts; printed key caps did not fit the panel's width).
import { useTranslation } from 'react-i18next';
import type { Verdict } from '@domain/schemas.ts';
import { VERDICT_META, VERDICT_ORDER } from '../lib/verdicts.ts';

export function VerdictButtons({ value, onChange }: { value: Verdict; onChange: (verdict: Verdict) => void }) {
  const { t } = useTranslation(['claims', 'common']);
  return (
    <div role="group" aria-label={t('field.verdict')} className="verdict-buttons">
      {VERDICT_ORDER.map((verdict) => {
        const meta = VERDICT_META[verdict];
        return (
          <button
            key={verdict}
            type="button"
            className={`verdict-button verdict-${verdict}`}
            aria-pressed={value === verdict}
            aria-keyshortcuts={meta.keys.join(' ')}
            onClick={() => onChange(verdict)}
          >
            <span className="verdict-dot" aria-hidden="true" />
            {t(`common:verdict.${verdict}`)}
          </button>
        );
      })}
    </div>
  );
}
