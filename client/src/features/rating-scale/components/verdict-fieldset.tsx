// One verdict of the scale being edited: key, names, colour (picker and code, checked live), sign, shortcut,
// descriptions, review, ClaimReview rating; and Move up / Move down / Delete, which keep focus on the verdict moved.
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, directionOf } from '@domain/locales.ts';
import { RATING_SCALE_LIMITS, UNREVIEWED, type VerdictDefinition } from '@domain/rating-scale.ts';
import { useFormat } from '../../../i18n/format.ts';
import { verdictStyle } from '../../../lib/verdict-view.ts';
import { alternateNamePath } from '../field-problems.ts';
import { ScaleField } from './scale-field.tsx';

interface VerdictFieldsetProps {
  verdict: VerdictDefinition;
  index: number;
  count: number;
  /** A saved verdict's key is stored with claims: it cannot change. */
  keyLocked: boolean;
  worstRating: number;
  problemOf: (path: string) => string | undefined;
  onChange: (change: Partial<VerdictDefinition>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

/** The id of a verdict's move and delete buttons, so focus follows the verdict after a reorder. */
export const verdictButtonId = (index: number, action: 'up' | 'down' | 'delete') => `scale-verdict-${index}-${action}`;

export function VerdictFieldset({ verdict, index, count, keyLocked, worstRating, problemOf, onChange, onMove, onDelete }: VerdictFieldsetProps) {
  const { t } = useTranslation('ratingScale');
  const { language } = useFormat();
  const at = (field: string) => `verdicts.${index}.${field}`;
  const name = verdict.labels[language] || verdict.key || t('untitled');
  const perLanguage = (field: 'labels' | 'description', l: (typeof UI_LANGUAGES)[number], value: string) =>
    onChange({ [field]: { ...verdict[field], [l]: value } });
  const rating = verdict.rating;
  return (
    <fieldset className="scale-verdict" data-verdict={verdict.key} style={verdictStyle(verdict)}>
      <legend>
        <span className="scale-swatch" aria-hidden="true">
          {verdict.sign}
        </span>{' '}
        <span dir="auto">{t('verdictHeading', { n: index + 1, label: name })}</span>
      </legend>
      <div className="scale-actions">
        <button type="button" id={verdictButtonId(index, 'up')} disabled={index === 0} aria-label={t('moveLabel.up', { label: name })} onClick={() => onMove(-1)}>
          {t('actions.moveUp')}
        </button>
        <button type="button" id={verdictButtonId(index, 'down')} disabled={index === count - 1} aria-label={t('moveLabel.down', { label: name })} onClick={() => onMove(1)}>
          {t('actions.moveDown')}
        </button>
        <button
          type="button"
          id={verdictButtonId(index, 'delete')}
          className="danger"
          disabled={verdict.key === UNREVIEWED}
          title={verdict.key === UNREVIEWED ? t('unreviewedKept') : undefined}
          aria-label={t('moveLabel.delete', { label: name })}
          onClick={onDelete}
        >
          {t('actions.delete')}
        </button>
      </div>
      <div className="scale-grid">
        <ScaleField path={at('key')} label={t('field.key')} hint={t('field.keyHint')} problem={problemOf(at('key'))}>
          {(a) => (
            <input {...a} dir="ltr" value={verdict.key} readOnly={keyLocked} maxLength={RATING_SCALE_LIMITS.key} onChange={(e) => onChange({ key: e.target.value.trim() })} />
          )}
        </ScaleField>
        {UI_LANGUAGES.map((l) => (
          <ScaleField key={l} path={at(`labels.${l}`)} label={t('field.label', { language: t(`language.${l}`) })} problem={problemOf(at(`labels.${l}`))}>
            {(a) => (
              <input {...a} lang={l} dir={directionOf(l)} value={verdict.labels[l]} maxLength={RATING_SCALE_LIMITS.label} onChange={(e) => perLanguage('labels', l, e.target.value)} />
            )}
          </ScaleField>
        ))}
        <ScaleField path={at('colour')} label={t('field.colour')} problem={problemOf(at('colour'))} className="scale-field scale-colour">
          {(a) => (
            <span className="scale-colour-inputs">
              <input {...a} type="color" value={/^#[0-9a-f]{6}$/i.test(verdict.colour) ? verdict.colour : '#000000'} onChange={(e) => onChange({ colour: e.target.value })} />
              <input
                type="text"
                dir="ltr"
                className="scale-hex"
                aria-label={t('field.colourHex')}
                aria-invalid={a['aria-invalid']}
                aria-describedby={a['aria-describedby']}
                value={verdict.colour}
                maxLength={7}
                onChange={(e) => onChange({ colour: e.target.value.trim().toLowerCase() })}
              />
            </span>
          )}
        </ScaleField>
        <ScaleField path={at('sign')} label={t('field.sign')} problem={problemOf(at('sign'))}>
          {(a) => <input {...a} value={verdict.sign} maxLength={RATING_SCALE_LIMITS.sign} onChange={(e) => onChange({ sign: e.target.value })} />}
        </ScaleField>
        <ScaleField path={at('shortcut')} label={t('field.shortcut')} problem={problemOf(at('shortcut'))}>
          {(a) => <input {...a} dir="ltr" value={verdict.shortcut} maxLength={1} onChange={(e) => onChange({ shortcut: e.target.value.toLowerCase() })} />}
        </ScaleField>
        {UI_LANGUAGES.map((l) => (
          <ScaleField key={l} path={at(`description.${l}`)} label={t('field.description', { language: t(`language.${l}`) })} problem={problemOf(at(`description.${l}`))} className="scale-field scale-wide">
            {(a) => (
              <textarea {...a} lang={l} dir={directionOf(l)} rows={2} value={verdict.description[l]} maxLength={RATING_SCALE_LIMITS.description} onChange={(e) => perLanguage('description', l, e.target.value)} />
            )}
          </ScaleField>
        ))}
        <label className="scale-check choice">
          <input type="checkbox" checked={verdict.needsReview} onChange={(e) => onChange({ needsReview: e.target.checked })} />
          {t('field.needsReview')}
        </label>
        <label className="scale-check choice">
          <input
            type="checkbox"
            checked={rating !== null}
            disabled={verdict.key === UNREVIEWED}
            onChange={(e) => onChange({ rating: e.target.checked ? { value: worstRating, alternateName: { ...verdict.labels } } : null })}
          />
          {t('field.published')}
        </label>
        {rating && (
          <>
            <ScaleField path={at('rating.value')} label={t('field.ratingValue')} problem={problemOf(at('rating.value'))}>
              {(a) => (
                <input {...a} type="number" dir="ltr" step={1} value={rating.value} onChange={(e) => onChange({ rating: { ...rating, value: Math.trunc(Number(e.target.value)) } })} />
              )}
            </ScaleField>
            {UI_LANGUAGES.map((l) => (
              <ScaleField key={l} path={alternateNamePath(index, l)} label={t('field.alternateName', { language: t(`language.${l}`) })} problem={problemOf(alternateNamePath(index, l))}>
                {(a) => (
                  <input
                    {...a}
                    lang={l}
                    dir={directionOf(l)}
                    value={rating.alternateName[l]}
                    maxLength={RATING_SCALE_LIMITS.label}
                    onChange={(e) => onChange({ rating: { ...rating, alternateName: { ...rating.alternateName, [l]: e.target.value } } })}
                  />
                )}
              </ScaleField>
            ))}
          </>
        )}
      </div>
    </fieldset>
  );
}
