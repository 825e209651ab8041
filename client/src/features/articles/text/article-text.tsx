// The article as one role="article" element in its own direction and language: paragraphs of sentences, each a
// focusable unit holding plain text, with claims painted by highlights rather than by wrapping elements.
import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleDetail, Claim, Source } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useMakeClaim } from '../../claims/use-make-claim.ts';
import { useSuggestionHighlights } from '../../suggestions/use-suggestion-highlights.ts';
import { offsetAtPoint } from './dom-offsets.ts';
import { buildParagraphs } from './paragraphs.ts';
import { draftRange, trimmedSentence } from './sentence-draft.ts';
import { focusSentence, extendSelection } from './text-navigation.ts';
import { useClaimHighlights } from './use-claim-highlights.ts';
import { useSelectionDraft } from './use-selection-draft.ts';

interface ArticleTextProps {
  article: ArticleDetail;
  claims: readonly Claim[];
  sources: readonly Source[];
}

/** Claims under `offset`, shortest first, so a click on an overlap picks the innermost claim. */
function claimsAt(claims: readonly Claim[], offset: number): Claim[] {
  return claims.filter((c) => c.start <= offset && offset <= c.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

export function ArticleText({ article, claims, sources }: ArticleTextProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => buildParagraphs(article.text, article.sentences), [article]);
  const focusedSentence = useUiStore((s) => s.focusedSentence);
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const draft = useUiStore((s) => s.draft);
  const sentenceFocused = useUiStore((s) => s.sentenceFocused);
  const makeClaim = useMakeClaim(article);
  useClaimHighlights(rootRef, claims, activeClaimId, draft);
  useSuggestionHighlights(rootRef, article);
  useSelectionDraft(rootRef, article, sources);

  const pickSentence = (index: number) => {
    const range = trimmedSentence(article, index);
    if (range) draftRange(article, sources, range);
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    if (!root || !document.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY, article.text.length);
    const hits = offset === null ? [] : claimsAt(claims, offset);
    if (hits.length > 0) {
      // A second click on overlapping claims moves on to the next one under the pointer.
      const current = hits.findIndex((c) => c.id === activeClaimId);
      useUiStore.getState().claimSelected(hits[(current + 1) % hits.length]!.id);
      return;
    }
    const sentence = (event.target as Element).closest<HTMLElement>('[data-sentence]');
    if (sentence) pickSentence(Number(sentence.dataset.sentence));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = rootRef.current;
    const sentence = (event.target as Element).closest<HTMLElement>('[data-sentence]');
    if (!root || !sentence || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(sentence.dataset.sentence);
    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      extendSelection(root, sentence, event.key, article.direction);
    } else if (!event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusSentence(root, index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const range = trimmedSentence(article, index);
      const current = useUiStore.getState().draft;
      if (range && current && current.start === range.start && current.end === range.end) makeClaim();
      else pickSentence(index);
    }
  };

  return (
    <div
      ref={rootRef}
      role="article"
      aria-label="Article text"
      aria-describedby="article-text-help"
      className="article-text"
      dir={article.direction}
      lang={article.language}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const index = (event.target as HTMLElement).dataset.sentence;
        if (index !== undefined) sentenceFocused(Number(index));
      }}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          {paragraph.segments.map((segment) =>
            segment.sentence === null ? (
              <span key={segment.start} data-start={segment.start}>
                {article.text.slice(segment.start, segment.end)}
              </span>
            ) : (
              <span
                key={segment.start}
                className="sentence"
                data-start={segment.start}
                data-sentence={segment.sentence}
                tabIndex={segment.sentence === focusedSentence ? 0 : -1}
              >
                {article.text.slice(segment.start, segment.end)}
              </span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
