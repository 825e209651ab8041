// "Suggestions (n)" in the claims panel: the statements the detector proposes for this article, kept apart from
// the claims, each accepted or rejected with one key, or all accepted at once.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleDetail, Source } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useSuggestions } from '../api/get-suggestions.ts';
import { useRefreshOnSourceChange } from '../use-refresh-on-source-change.ts';
import { useSuggestionActions } from '../use-suggestion-actions.ts';
import { useSuggestionKeys } from '../use-suggestion-keys.ts';
import { SuggestionItem } from './suggestion-item.tsx';

const NONE: never[] = [];
/** Suggestions listed at a time: a long article can hold a thousand, and listing them all is a long task. */
const PAGE = 50;

export function SuggestionList({ article, sources }: { article: ArticleDetail; sources: readonly Source[] }) {
  const { t } = useTranslation(['suggestions', 'common']);
  const errorText = useErrorText();
  const { data, isPending, error, refetch } = useSuggestions(article.id);
  const suggestions = data ?? NONE;
  const focusedKey = useUiStore((s) => s.focusedSuggestionKey);
  const { acceptOne, rejectOne, acceptAll, accepting } = useSuggestionActions(article.id, suggestions);
  useSuggestionKeys(suggestions);
  useRefreshOnSourceChange();
  const current = suggestions.find((s) => s.key === focusedKey) ?? suggestions[0];
  const [limit, setLimit] = useState(PAGE);
  // The list always reaches the current suggestion, so moving with the keys never leaves it unlisted.
  const shown = Math.max(limit, (current ? suggestions.indexOf(current) : 0) + 1);

  let body;
  if (isPending) body = <p className="empty-state">{t('list.loading')}</p>;
  else if (error) {
    body = (
      <p className="field-error" role="alert">
        {error instanceof ApiError && error.status === 404
          ? t('list.unavailable')
          : t('list.loadFailed', { message: errorText(error) })}{' '}
        <button type="button" className="quiet" onClick={() => void refetch()}>
          {t('common:status.retry')}
        </button>
      </p>
    );
  } else if (suggestions.length === 0) {
    body = <p className="empty-state">{t('list.empty')}</p>;
  } else {
    body = (
      <>
        <p className="hint" id="suggestions-help">
          <Trans t={t} i18nKey="list.keys" components={{ kbd: <kbd /> }} />
        </p>
        <ul className="suggestion-list" aria-label={t('list.label')}>
          {suggestions.slice(0, shown).map((suggestion, i) => (
            <SuggestionItem
              key={suggestion.key}
              article={article}
              suggestion={suggestion}
              sources={sources}
              current={suggestion.key === current?.key}
              next={suggestions[i + 1]}
              previous={suggestions[i - 1]}
              onAccept={acceptOne}
              onReject={rejectOne}
            />
          ))}
        </ul>
        {shown < suggestions.length && (
          <button type="button" className="quiet" onClick={() => setLimit(shown + PAGE)}>
            {t('list.showMore', { count: Math.min(PAGE, suggestions.length - shown), rest: suggestions.length - shown })}
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="suggestions-heading" className="panel-section suggestions">
      <div className="section-head">
        <h2 id="suggestions-heading">{t('list.heading', { total: suggestions.length })}</h2>
        {suggestions.length > 0 && (
          <button type="button" onClick={acceptAll} disabled={accepting}>
            {t('list.acceptAll')}
          </button>
        )}
      </div>
      {body}
    </section>
  );
}
