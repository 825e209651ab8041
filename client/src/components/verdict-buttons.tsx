// The desk's verdict buttons, in the order of its rating scale; the pressed one is the claim's verdict. The digit of
// each button's place and its letter do the same (see the shortcuts dialog and aria-keyshortcuts; printed key caps
// did not fit the panel's width). Each button shows the verdict's sign beside its colour.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { useRatingScale } from '../lib/queries/get-rating-scale.ts';
import { verdictKeys, verdictStyle } from '../lib/verdict-view.ts';

export function VerdictButtons({ value, onChange }: { value: string; onChange: (verdict: string) => void }) {
  const { t } = useTranslation('claims');
  const { language } = useFormat();
  const scale = useRatingScale();
  return (
    <div role="group" aria-label={t('field.verdict')} className="verdict-buttons">
      {verdictKeys(scale).map(({ verdict, keys }) => (
        <button
          key={verdict.key}
          type="button"
          className="verdict-button"
          data-verdict={verdict.key}
          style={verdictStyle(verdict)}
          title={verdict.description[language] || undefined}
          aria-pressed={value === verdict.key}
          aria-keyshortcuts={keys.join(' ')}
          onClick={() => onChange(verdict.key)}
        >
          <span className="verdict-dot" aria-hidden="true">
            {verdict.sign}
          </span>
          {verdict.labels[language]}
        </button>
      ))}
    </div>
  );
}
