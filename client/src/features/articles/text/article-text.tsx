// The article as one role="article" element in its own direction and language: paragraphs of sentences, each a
// focusable unit holding plain text, with claims painted by highlights rather than by wrapping elements.
import { useDeferredValue, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail, Claim, Source } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { elementAt, offsetAtPoint } from '../../../lib/dom-offsets.ts';
import { buildParagraphs } from './paragraphs.ts';
import { draftRange, trimmedSentence } from './sentence-draft.ts';
import { focusSentence, extendSelection, readsOnward } from './text-navigation.ts';
import { useClaimHighlights } from './use-claim-highlights.ts';
import { SelectionAction } from './selection-action.tsx';
import { useSelectionDraft } from './use-selection-draft.ts';
import { useTextAboveSheet } from './use-text-above-sheet.ts';

interface ArticleTextProps {
  article: ArticleDetail;
  claims: readonly Claim[];
  sources: readonly Source[];
  /** Makes the draft span a claim (the Make claim button beside a selection). */
  onMakeClaim: () => void;
  /** Enter on the sentence already picked: on to the draft's source, to confirm it (it saves nothing by itself). */
  onConfirmDraft: () => void;
  /**
   * What other features paint over the text as it is rendered (the app layer passes the suggestions' highlights):
   * given the text's element and the article whose offsets it shows.
   */
  overlays?: (root: RefObject<HTMLElement | null>, article: ArticleDetail) => ReactNode;
}

/** Claims under `offset`, shortest first, so a click on an overlap picks the innermost claim. */
function claimsAt(claims: readonly Claim[], offset: number): Claim[] {
  return claims.filter((c) => c.start <= offset && offset <= c.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}

export function ArticleText({ article: latest, claims, sources, onMakeClaim: makeClaim, onConfirmDraft: confirmDraft, overlays }: ArticleTextProps) {
  const { t } = useTranslation('articles');
  const rootRef = useRef<HTMLDivElement>(null);
  // The sentences are built in a background render that React splits into short slices, with the article element
  // empty until it commits: built at once, 5,000 sentences blocked the page for over a second (issue 7,
  // bench/browser-load.ts). Everything below uses the article as rendered, so offsets always match the DOM.
  const empty = { ...latest, text: '', sentences: [] };
  const deferred = useDeferredValue(latest, empty);
  // Never another article's text under this one's claims, while the deferred render catches up.
  const article = deferred.id === latest.id ? deferred : empty;
  const paragraphs = useMemo(() => buildParagraphs(article.text, article.sentences), [article]);
  const focusedSentence = useUiStore((s) => s.focusedSentence);
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const draft = useUiStore((s) => s.draft);
  const sentenceFocused = useUiStore((s) => s.sentenceFocused);
  useClaimHighlights(rootRef, article.text, claims, activeClaimId, draft);
  useScrollToLinkedClaim(rootRef, article, claims);
  useSelectionDraft(rootRef, article, sources);
  useTextAboveSheet(rootRef, claims);

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
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      // With Shift, select words; alone, move by sentence. Both in reading order: in Arabic, Left goes on.
      if (event.shiftKey) extendSelection(root, sentence, event.key, article.direction);
      else focusSentence(root, index + (readsOnward(event.key, article.direction) ? 1 : -1));
    } else if (!event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      focusSentence(root, index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const range = trimmedSentence(article, index);
      const current = useUiStore.getState().draft;
      if (range && current && current.start === range.start && current.end === range.end) confirmDraft();
      else pickSentence(index);
    }
  };

  return (
    <>
      <div
        ref={rootRef}
        role="article"
        aria-label={t('text.label')}
        aria-describedby="article-text-help"
        className="article-text"
        aria-busy={article !== latest}
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
      <SelectionAction rootRef={rootRef} direction={article.direction} onMake={makeClaim} />
      {overlays?.(rootRef, article)}
    </>
  );
}

/**
 * A `?claim=<id>` link selects its claim while the text is still being rendered, too early for the page to scroll
 * to it: once the text is there, scroll to that claim and keep keyboard users at its sentence, as a pick does.
 */
function useScrollToLinkedClaim(rootRef: RefObject<HTMLElement | null>, article: ArticleDetail, claims: readonly Claim[]) {
  const handled = useRef<string | null>(null);
  const { id, text } = article;
  useEffect(() => {
    const root = rootRef.current;
    if (handled.current === id || !root || text.length === 0) return;
    handled.current = id;
    const { activeClaimId, sentenceFocused } = useUiStore.getState();
    const claim = claims.find((c) => c.id === activeClaimId);
    if (!claim || new URLSearchParams(window.location.search).get('claim') !== claim.id) return;
    const target = elementAt(root, claim.start);
    target?.scrollIntoView({ block: 'center' });
    const sentence = target?.closest<HTMLElement>('[data-sentence]');
    if (sentence) sentenceFocused(Number(sentence.dataset.sentence));
  }, [rootRef, id, text, claims]);
}
