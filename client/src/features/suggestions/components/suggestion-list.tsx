// "Suggestions (n)" in the claims panel: the statements the detector proposes for this article, kept apart from
// the claims, each accepted or rejected with one key, or all accepted at once.
import { useState } from 'react';
import type { ArticleDetail, Source } from '../../../../../domain/schemas.ts';
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
  if (isPending) body = <p className="empty-state">Looking for attributed statements…</p>;
  else if (error) {
    body = (
      <p className="field-error" role="alert">
        {error instanceof ApiError && error.status === 404
          ? 'Suggestions are not available for this article.'
          : `The suggestions could not be loaded: ${error.message}`}{' '}
        <button type="button" className="quiet" onClick={() => void refetch()}>
          Try again
        </button>
      </p>
    );
  } else if (suggestions.length === 0) {
    body = <p className="empty-state">No open suggestions: every attributed statement found is a claim or was rejected.</p>;
  } else {
    body = (
      <>
        <p className="hint" id="suggestions-help">
          <kbd>s</kbd> reaches them, <kbd>↓</kbd> <kbd>↑</kbd> move, <kbd>a</kbd> accepts, <kbd>r</kbd> rejects.
        </p>
        <ul className="suggestion-list" aria-label="Suggested statements">
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
            Show {Math.min(PAGE, suggestions.length - shown)} more of {suggestions.length - shown}
          </button>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="suggestions-heading" className="panel-section suggestions">
      <div className="section-head">
        <h2 id="suggestions-heading">Suggestions ({suggestions.length})</h2>
        {suggestions.length > 0 && (
          <button type="button" onClick={acceptAll} disabled={accepting}>
            Accept all
          </button>
        )}
      </div>
      {body}
    </section>
  );
}
