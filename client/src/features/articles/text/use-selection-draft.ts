// Follows the DOM selection inside the article (mouse drag or Shift+arrows) and keeps the draft span in step,
// snapped to whole words and trimmed of spaces.
import { useEffect, type RefObject } from 'react';
import type { ArticleDetail, Source } from '@domain/schemas.ts';
import { snapToWords } from '@domain/word-snap.ts';
import { selectionToRange } from '../../../lib/dom-offsets.ts';
import { draftRange } from './sentence-draft.ts';

export function useSelectionDraft(rootRef: RefObject<HTMLElement | null>, article: ArticleDetail, sources: readonly Source[]) {
  useEffect(() => {
    const onSelectionChange = () => {
      const root = rootRef.current;
      if (!root) return;
      const range = selectionToRange(root, document.getSelection(), article.text.length);
      if (!range) return;
      const snapped = snapToWords(article.text, range);
      if (snapped) draftRange(article, sources, snapped);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [rootRef, article, sources]);
}
