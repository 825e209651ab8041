// One suggested statement: its quote, its speaker (or a Source combobox when none of the sources was found, with the
// name of who spoke when the article gives one), why it was proposed and its cue, and Accept / Reject. Focusable as a whole; a accepts, r rejects, the arrows move on.
import type { KeyboardEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { sourceName } from '@domain/locales.ts';
import type { Article, Source, Suggestion } from '@domain/schemas.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { SourceCombobox } from '../../../components/source-combobox.tsx';
import { SUGGESTION_SOURCE_INPUT_ID, focusSuggestion } from '../suggestion-focus.ts';

interface SuggestionItemProps {
  article: Article;
  suggestion: Suggestion;
  sources: readonly Source[];
  current: boolean;
  /** The suggestions after and before this one, for the arrow keys. */
  next: Suggestion | undefined;
  previous: Suggestion | undefined;
  onAccept: (suggestion: Suggestion) => void;
  onReject: (suggestion: Suggestion) => void;
}

export function SuggestionItem({ article, suggestion, sources, current, next, previous, onAccept, onReject }: SuggestionItemProps) {
  const { t } = useTranslation('suggestions');
  const { language } = useFormat();
  const picked = useUiStore((s) => s.suggestionSources[suggestion.key] ?? null);
  const error = useUiStore((s) => s.suggestionErrors[suggestion.key]);
  const suggestionFocused = useUiStore((s) => s.suggestionFocused);
  const suggestionSourceChosen = useUiStore((s) => s.suggestionSourceChosen);
  const source = sources.find((s) => s.id === suggestion.sourceId);
  const speaker = source && sourceName(source, language);
  const { kind, verb, alias } = suggestion.reason;
  // Someone spoke who is none of the newsroom's sources (issue 17): named, so the source can be picked knowingly.
  const outside = !speaker && suggestion.speaker ? suggestion.speaker : undefined;
  const label = speaker ? t('item.label', { source: speaker }) : outside ? t('item.labelOutside', { speaker: outside }) : t('item.labelNoSource');

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed into the Source combobox or on a button belong to them.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    let handled = true;
    if (event.key === 'a') onAccept(suggestion);
    else if (event.key === 'r' || event.key === 'Delete' || event.key === 'Backspace') onReject(suggestion);
    else if (event.key === 'ArrowDown' && next) focusSuggestion(next);
    else if (event.key === 'ArrowUp' && previous) focusSuggestion(previous);
    else if (event.key === 'Escape') {
      document.querySelector<HTMLElement>(`[data-sentence="${suggestion.reason.sentenceIndex}"]`)?.focus();
    } else handled = false;
    // Marked handled so the workbench's own keys (Delete removes a claim) leave it alone.
    if (handled) event.preventDefault();
  };

  return (
    <li className="suggestion-item">
      <div
        role="group"
        className="suggestion"
        data-suggestion-key={suggestion.key}
        data-current={current || undefined}
        tabIndex={current ? 0 : -1}
        aria-label={label}
        aria-describedby="suggestions-help"
        aria-keyshortcuts="A R"
        onKeyDown={onKeyDown}
        onFocus={() => suggestionFocused(suggestion.key)}
      >
        <span className="suggestion-head">
          <span className={speaker ? 'suggestion-source' : 'suggestion-source suggestion-no-source'} dir={speaker || outside ? 'auto' : undefined}>
            {speaker ?? (outside ? t('item.outsideSpeaker', { speaker: outside }) : t('item.noSource'))}
          </span>
          <span className="suggestion-why">
            {t(`item.kind.${kind}`)}
            {suggestion.cue && (
              <>
                {' · '}
                <span data-cue={suggestion.cue}>{t(`item.cue.${suggestion.cue}`)}</span>
              </>
            )}
            {verb && (
              <>
                {' · '}
                <bdi lang={article.language}>{verb}</bdi>
              </>
            )}
            {alias && (
              <>
                {' · '}
                <Trans t={t} i18nKey="item.namedAs" values={{ alias }} components={{ bdi: <bdi dir="auto" /> }} />
              </>
            )}
          </span>
        </span>
        <bdi className="claim-quote" dir={article.direction} lang={article.language}>
          {suggestion.exact}
        </bdi>
        {!suggestion.sourceId && current && (
          <SourceCombobox
            id={SUGGESTION_SOURCE_INPUT_ID}
            value={picked}
            onChange={(sourceId) => suggestionSourceChosen(suggestion.key, sourceId)}
            onCommit={() => onAccept(suggestion)}
          />
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <span className="suggestion-actions">
          <button type="button" tabIndex={current ? 0 : -1} onClick={() => onAccept(suggestion)}>
            {t('item.accept')}
          </button>
          <button type="button" className="quiet" tabIndex={current ? 0 : -1} onClick={() => onReject(suggestion)}>
            {t('item.reject')}
          </button>
        </span>
      </div>
    </li>
  );
}
