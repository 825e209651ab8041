// The keyboard shortcuts, shown on `?` in a modal dialog. Left and right arrows are drawn as the interface reads:
// in Arabic, ← is the one that goes on.
import { useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { directionOf } from '@domain/locales.ts';
import { useFormat } from '../i18n/format.ts';
import type { Resources } from '../i18n/locales/en/index.ts';
import { useRatingScale } from '../lib/queries/get-rating-scale.ts';
import { useUiStore } from '../lib/ui-store.ts';
import { verdictKeys } from '../lib/verdict-view.ts';

/** A key cap: printed as it is, a key named in words (shortcuts:keys.*), or the arrow that reads onward or back. */
type Cap = string | { key: keyof Resources['shortcuts']['keys'] } | { arrow: 'onward' | 'back' };

/** `'verdicts'` stands for one row per verdict of the desk's scale (its digit and its letter). */
const SHORTCUTS: Array<[action: keyof Resources['shortcuts']['actions'], keys: Cap[]] | 'verdicts'> = [
  ['nextSentence', ['↓', { arrow: 'onward' }, 'j']],
  ['previousSentence', ['↑', { arrow: 'back' }, 'k']],
  ['pickSentence', [{ key: 'enter' }]],
  ['selectWords', [{ key: 'shift' }, '← / →']],
  ['makeClaim', ['m']],
  ['nextPreviousClaim', ['n', 'p']],
  'verdicts',
  ['editNote', ['e']],
  ['deleteClaim', [{ key: 'delete' }]],
  ['undo', [{ key: 'ctrlOrCmd' }, 'Z']],
  ['escape', [{ key: 'esc' }]],
  ['findInArticle', [{ key: 'ctrlOrCmd' }, 'F']],
  ['nextPreviousSuggestion', ['s', { key: 'shiftS' }]],
  ['suggestionArrows', ['↓', '↑']],
  ['acceptSuggestion', ['a']],
  ['rejectSuggestion', ['r', { key: 'delete' }]],
  ['queueNext', ['j', '↓']],
  ['queuePrevious', ['k', '↑']],
  ['queueApprove', ['a']],
  ['queueReturn', ['r']],
  ['queueVerdicts', ['1', '2', '3', '…']],
  ['show', ['?']],
];

export function ShortcutsDialog() {
  const { t } = useTranslation(['shortcuts', 'common']);
  const rtl = directionOf(useFormat().language) === 'rtl';
  const { language } = useFormat();
  const scale = useRatingScale();
  const open = useUiStore((s) => s.shortcutsOpen);
  const shortcutsToggled = useUiStore((s) => s.shortcutsToggled);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const cap = (c: Cap) =>
    typeof c === 'string' ? c : 'key' in c ? t(`keys.${c.key}`) : (c.arrow === 'onward') === rtl ? '←' : '→';
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-heading" onClose={() => shortcutsToggled(false)}>
      <h2 id="shortcuts-heading">{t('heading')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.flatMap((row) =>
            row === 'verdicts'
              ? verdictKeys(scale).map(({ verdict, keys }) => (
                  <tr key={`verdict-${verdict.key}`}>
                    <td>
                      {keys.map((k) => (
                        <kbd key={k}>{k}</kbd>
                      ))}
                    </td>
                    <td>{t('actions.markVerdict', { verdict: verdict.labels[language] })}</td>
                  </tr>
                ))
              : [
                  <tr key={row[0]}>
                    <td>
                      {row[1].map((k, i) => (
                        <kbd key={i}>{cap(k)}</kbd>
                      ))}
                    </td>
                    <td>
                      <Trans t={t} i18nKey={`actions.${row[0]}`} components={{ kbd: <kbd /> }} />
                    </td>
                  </tr>,
                ],
          )}
        </tbody>
      </table>
      <p className="hint">{t('arrowsNote')}</p>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('common:actions.close')}
        </button>
      </form>
    </dialog>
  );
}
