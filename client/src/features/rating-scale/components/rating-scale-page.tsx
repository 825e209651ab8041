// /rating-scale (editors): the desk's verdicts in order, each editable (names in three languages, colour checked live
// for contrast and distinctness, sign, shortcut, description, review, ClaimReview rating); add, reorder, delete (the
// claims of a deleted verdict move where the user says), one-click presets; saved in one PUT with the version read.
import '../rating-scale.css';
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RATING_SCALE_PRESETS, verdictLabel, type RatingScale } from '@domain/rating-scale.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useFormat } from '../../../i18n/format.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useRatingScaleQuery } from '../../../lib/queries/get-rating-scale.ts';
import { ratingScaleKeys } from '../../../lib/queries/rating-scale-keys.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useRatingScaleUsage } from '../api/get-rating-scale-usage.ts';
import { useUpdateRatingScale } from '../api/update-rating-scale.ts';
import { fieldProblems } from '../field-problems.ts';
import { blankVerdict, draftOf, movesToSend, verdictAdded, verdictChanged, verdictMoved, verdictRemoved } from '../scale-draft.ts';
import { MoveClaimsDialog } from './move-claims-dialog.tsx';
import { fieldId } from './scale-field.tsx';
import { VerdictFieldset, verdictButtonId } from './verdict-fieldset.tsx';

export function RatingScalePage() {
  const { t } = useTranslation('ratingScale');
  useDocumentTitle(t('title'));
  const errorText = useErrorText();
  const can = useCan();
  const scale = useRatingScaleQuery();
  // Held here, not in the editor: a save remounts the editor (a new version), and the saved message must still come.
  const update = useUpdateRatingScale();
  if (!can('scale.edit')) return <StatusMessage title={t('title')}>{t('readOnly')}</StatusMessage>;
  if (scale.isPending) return <StatusMessage>{t('loading')}</StatusMessage>;
  if (scale.error) {
    return (
      <StatusMessage tone="error" title={t('loadFailed')}>
        {errorText(scale.error)}
      </StatusMessage>
    );
  }
  // A saved scale (a new version) starts a new draft.
  return <ScaleEditor key={scale.data.version} saved={scale.data} update={update} />;
}

function ScaleEditor({ saved, update }: { saved: RatingScale; update: ReturnType<typeof useUpdateRatingScale> }) {
  const { t } = useTranslation('ratingScale');
  const { language } = useFormat();
  const errorText = useErrorText();
  const usage = useRatingScaleUsage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(saved));
  const [deleting, setDeleting] = useState<number | null>(null);
  const [refused, setRefused] = useState(false);
  const verdicts = draft.scale.verdicts;
  const problems = fieldProblems(draft.scale, t, language);
  const serverError = update.error instanceof ApiError ? update.error : null;
  const problemOf = (path: string) => problems.get(path) ?? (serverError?.field === path ? errorText(serverError) : undefined);
  /** A server refusal no field of the form shows (a stale version, a move) is shown beside the Save button. */
  const shownAtField = serverError?.field !== undefined && document.getElementById(fieldId(serverError.field)) !== null;
  const saveError = update.error && !shownAtField ? errorText(update.error) : undefined;
  /**
   * A verdict removed while it looked unused, that claims took meanwhile (409 verdict_in_use, field `moves.<key>`):
   * the refusal is shown where the removed verdicts' moves are listed, with the choice of where its claims go.
   */
  const unmoved = serverError?.code === 'verdict_in_use' && serverError.field?.startsWith('moves.') ? serverError.field.slice('moves.'.length) : null;
  useEffect(() => {
    if (!unmoved) return;
    void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.usage() });
    document.getElementById(fieldId(`moves.${unmoved}`))?.focus();
  }, [unmoved, queryClient]);

  const change = (next: typeof draft) => {
    setDraft(next);
    setRefused(false);
    update.reset();
  };
  const move = (index: number, by: -1 | 1) => {
    change(verdictMoved(draft, index, by));
    // Focus stays on the verdict that moved: on its button at its new place (or the other one at either end).
    requestAnimationFrame(() => {
      const to = index + by;
      const own = document.getElementById(verdictButtonId(to, by === -1 ? 'up' : 'down')) as HTMLButtonElement | null;
      (own && !own.disabled ? own : document.getElementById(verdictButtonId(to, by === -1 ? 'down' : 'up')))?.focus();
    });
  };
  const remove = (index: number) => {
    const verdict = verdicts[index]!;
    const inUse = usage.data?.counts[verdict.key];
    if (draft.savedKeys.includes(verdict.key) && inUse !== 0) setDeleting(index);
    else change(verdictRemoved(draft, index));
  };
  const save = () => {
    if (problems.size > 0) {
      setRefused(true);
      document.getElementById(fieldId([...problems.keys()][0]!))?.focus();
      return;
    }
    update.mutate(
      { ...draft.scale, version: saved.version, moves: movesToSend(draft) },
      { onSuccess: (next) => useUiStore.getState().toastShown(t('saved', { version: next.version })) },
    );
  };
  const removedLabel = (key: string) => verdictLabel(saved, key, language);
  const pendingMoves = Object.entries(movesToSend(draft));
  const dirty = JSON.stringify(draft.scale) !== JSON.stringify(draftOf(saved).scale);

  return (
    <div className="rating-scale-page">
      <h1>{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      {verdicts.length === 0 ? <p>{t('empty')}</p> : null}
      {problems.get('verdicts') && <p className="field-error">{problems.get('verdicts')}</p>}
      <ol className="scale-verdicts">
        {verdicts.map((verdict, index) => (
          <li key={draft.ids[index]}>
            <VerdictFieldset
              verdict={verdict}
              index={index}
              count={verdicts.length}
              keyLocked={draft.savedKeys.includes(verdict.key)}
              worstRating={draft.scale.worstRating}
              problemOf={problemOf}
              onChange={(c) => change(verdictChanged(draft, index, c))}
              onMove={(by) => move(index, by)}
              onDelete={() => remove(index)}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => change(verdictAdded(draft, blankVerdict(draft)))}>
        {t('actions.add')}
      </button>
      <section className="scale-presets" aria-labelledby="scale-presets-heading">
        <h2 id="scale-presets-heading">{t('presets.heading')}</h2>
        <p className="hint">{t('presets.hint')}</p>
        <ul>
          {RATING_SCALE_PRESETS.map((preset) => {
            const label = preset.labels[language];
            const present = verdicts.some((v) => v.key === preset.key);
            return (
              <li key={preset.key}>
                {present ? (
                  <span className="hint">{t('presets.added', { label })}</span>
                ) : (
                  <button type="button" onClick={() => change(verdictAdded(draft, preset))}>
                    {t('presets.add', { label })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <fieldset className="scale-range">
        <legend>{t('range.legend')}</legend>
        {(['worstRating', 'bestRating'] as const).map((field) => (
          <div key={field} className="scale-field">
            <label htmlFor={fieldId(field)}>{t(field === 'worstRating' ? 'range.worst' : 'range.best')}</label>
            <input
              id={fieldId(field)}
              type="number"
              dir="ltr"
              step={1}
              value={draft.scale[field]}
              aria-invalid={problemOf(field) ? true : undefined}
              aria-describedby={problemOf(field) ? `${fieldId(field)}-problem` : undefined}
              onChange={(e) => change({ ...draft, scale: { ...draft.scale, [field]: Math.trunc(Number(e.target.value)) } })}
            />
            {problemOf(field) && (
              <p className="field-error" id={`${fieldId(field)}-problem`}>
                {problemOf(field)}
              </p>
            )}
          </div>
        ))}
      </fieldset>
      {unmoved && (
        <div className="scale-field scale-unmoved">
          <p className="field-error" id={`${fieldId(`moves.${unmoved}`)}-problem`} role="alert">
            {errorText(serverError!)}
          </p>
          <label htmlFor={fieldId(`moves.${unmoved}`)}>{t('move.targetOf', { label: removedLabel(unmoved) })}</label>
          <select
            id={fieldId(`moves.${unmoved}`)}
            value=""
            aria-invalid
            aria-describedby={`${fieldId(`moves.${unmoved}`)}-problem`}
            onChange={(e) => change({ ...draft, moves: { ...draft.moves, [unmoved]: e.target.value } })}
          >
            <option value="" disabled>
              {t('move.choose')}
            </option>
            {verdicts.map((v) => (
              <option key={v.key} value={v.key}>
                {v.sign} {v.labels[language] || v.key}
              </option>
            ))}
          </select>
        </div>
      )}
      {pendingMoves.length > 0 && (
        <ul className="scale-moves">
          {pendingMoves.map(([from, to]) => (
            <li key={from}>
              {t('move.pending', { count: usage.data?.counts[from] ?? 0, from: removedLabel(from), to: verdictLabel(draft.scale, to, language) })}
            </li>
          ))}
        </ul>
      )}
      <div className="scale-save">
        <button type="button" className="primary" disabled={update.isPending} onClick={save} aria-describedby={saveError || refused ? 'scale-save-problem' : undefined}>
          {t('actions.save')}
        </button>
        <button type="button" disabled={!dirty || update.isPending} onClick={() => change(draftOf(saved))}>
          {t('actions.reset')}
        </button>
        {dirty && <span className="hint">{t('unsaved')}</span>}
        {(saveError || refused) && (
          <p className="field-error" id="scale-save-problem" role="alert">
            {saveError ?? t('saveRefused')}
          </p>
        )}
        {serverError?.code === 'version_conflict' && (
          // Someone saved the scale first: this draft is dropped for theirs (the editor starts again from it).
          <button type="button" onClick={() => void queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all })}>
            {t('actions.reload')}
          </button>
        )}
      </div>
      {deleting !== null && verdicts[deleting] && (
        <MoveClaimsDialog
          verdict={verdicts[deleting]}
          count={usage.data?.counts[verdicts[deleting].key]}
          targets={verdicts.filter((_, i) => i !== deleting)}
          onConfirm={(target) => {
            change(verdictRemoved(draft, deleting, target));
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  );
}
