// A verdict's name in its colour, after its sign (so colour is never the only cue); screen readers hear the name.
// A key the desk's scale no longer has (an old claim, before the scale loads) is shown as it is.
import { verdictLabel, verdictOf } from '@domain/rating-scale.ts';
import { useFormat } from '../i18n/format.ts';
import { useRatingScale } from '../lib/queries/get-rating-scale.ts';
import { verdictStyle } from '../lib/verdict-view.ts';

export function VerdictTag({ verdict }: { verdict: string }) {
  const { language } = useFormat();
  const scale = useRatingScale();
  const definition = verdictOf(scale, verdict);
  return (
    <span className="verdict-tag" data-verdict={verdict} style={verdictStyle(definition)}>
      {definition && <span aria-hidden="true">{definition.sign}&nbsp;</span>}
      {verdictLabel(scale, verdict, language)}
    </span>
  );
}

/** The verdict's name in the interface language, for sentences (`{{verdict}}` in messages). */
export function useVerdictName(): (verdict: string) => string {
  const { language } = useFormat();
  const scale = useRatingScale();
  return (verdict) => verdictLabel(scale, verdict, language);
}
