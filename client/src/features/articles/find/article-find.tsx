// Find in article: Ctrl+F in the workbench opens this bar instead of the browser's. Every match in the article text
// is painted with the CSS Custom Highlight API (::highlight(find), the current one ::highlight(find-current)), never
// by wrapping letters in elements, and matching is tolerant of spelling as the queue search is
// (domain/search-normalize.ts): offsets found in the normal form map back to the stored text's UTF-16 offsets.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@domain/limits.ts';
import { findMatches, normalizeWithOffsets } from '@domain/search-normalize.ts';
import { elementAt, indexPieces, rangeFromOffsets } from '../../../lib/dom-offsets.ts';

export const FIND_HIGHLIGHTS = { all: 'find', current: 'find-current' } as const;
const FIND_INPUT_ID = 'article-find-input';

const articleRoot = () => document.querySelector<HTMLElement>('[role="article"]');

/** Ctrl+F or ⌘F, by the physical key too, so that it works on an Arabic layout (where the key types "ب"). */
const isFindKey = (event: globalThis.KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (event.key.toLowerCase() === 'f' || event.code === 'KeyF');

export function ArticleFind({ text }: { text: string }) {
  const { t } = useTranslation('articles');
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  /** Where focus was before the bar opened: Esc gives it back. */
  const returnFocus = useRef<HTMLElement | null>(null);
  const normalized = useMemo(() => normalizeWithOffsets(text), [text]);
  const matches = useMemo(() => (open ? findMatches(normalized, query) : []), [open, normalized, query]);
  const current = matches.length === 0 ? -1 : Math.min(index, matches.length - 1);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!isFindKey(event) || (event.target instanceof Element && event.target.closest('dialog'))) return;
      event.preventDefault();
      const input = document.getElementById(FIND_INPUT_ID) as HTMLInputElement | null;
      if (document.activeElement !== input) returnFocus.current = document.activeElement as HTMLElement | null;
      setOpen(true);
      input?.select(); // already open: the next Ctrl+F selects what was sought, as browsers do
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Every match, and the current one above it, painted over the claims (their highlights have priorities 0–4).
  useEffect(() => {
    const root = articleRoot();
    if (!open || !root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const pieces = indexPieces(root);
    const all = new Highlight();
    const now = new Highlight();
    matches.forEach((match, i) => {
      const range = rangeFromOffsets(pieces, match);
      if (!range) return;
      all.add(range);
      if (i === current) now.add(range);
    });
    all.priority = 10;
    now.priority = 11;
    CSS.highlights.set(FIND_HIGHLIGHTS.all, all);
    CSS.highlights.set(FIND_HIGHLIGHTS.current, now);
    return () => {
      CSS.highlights.delete(FIND_HIGHLIGHTS.all);
      CSS.highlights.delete(FIND_HIGHLIGHTS.current);
    };
  }, [open, matches, current]);

  useEffect(() => {
    const match = matches[current];
    const root = articleRoot();
    if (match && root) elementAt(root, match.start)?.scrollIntoView({ block: 'center' });
  }, [matches, current]);

  if (!open) return null;
  const step = (by: 1 | -1) => matches.length > 0 && setIndex((current + by + matches.length) % matches.length);
  const close = () => {
    setOpen(false);
    const back = returnFocus.current;
    (back && back !== document.body && back.isConnected ? back : articleRoot())?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  const count = query.trim() === '' ? '' : matches.length === 0 ? t('find.none') : t('find.count', { current: current + 1, total: matches.length });
  return (
    <div className="article-find" role="search" aria-label={t('find.label')} onKeyDown={onKeyDown}>
      <label htmlFor={FIND_INPUT_ID} className="visually-hidden">
        {t('find.label')}
      </label>
      <input
        id={FIND_INPUT_ID}
        type="text"
        dir="auto"
        autoFocus
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.searchQuery}
        placeholder={t('find.label')}
        value={query}
        aria-describedby={`${FIND_INPUT_ID}-count`}
        onChange={(e) => {
          setQuery(e.target.value);
          setIndex(0);
        }}
      />
      <output id={`${FIND_INPUT_ID}-count`} className="find-count" aria-live="polite">
        {count}
      </output>
      <button type="button" aria-label={t('find.previous')} title={t('find.previous')} disabled={matches.length === 0} onClick={() => step(-1)}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" aria-label={t('find.next')} title={t('find.next')} disabled={matches.length === 0} onClick={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" aria-label={t('find.close')} title={t('find.close')} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
