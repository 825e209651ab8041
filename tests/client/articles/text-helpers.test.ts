// The article's paragraphs and segments, the draft built from a picked span, and reading order for the arrow keys.
import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../../domain/schemas.ts';
import { splitSentences } from '../../../domain/split-sentences.ts';
import { buildParagraphs } from '../../../client/src/features/articles/text/paragraphs.ts';
import { draftRange, sentencesAround, trimmedSentence } from '../../../client/src/features/articles/text/sentence-draft.ts';
import { readsOnward } from '../../../client/src/features/articles/text/text-navigation.ts';
import { uiSignedOut, useUiStore } from '../../../client/src/app/ui-store.ts';

const TEXT = 'قال الكرملين إن المحادثات ستبدأ.  ونفى مسؤولون في باكو ذلك.\n\n  \nفقرة ثانية.';
const article = { text: TEXT, sentences: splitSentences(TEXT, 'ar') } as ArticleDetail;

describe('buildParagraphs', () => {
  it('puts every character of every non-blank line in exactly one segment, and no line break', () => {
    const paragraphs = buildParagraphs(TEXT, article.sentences);
    expect(paragraphs).toHaveLength(2);
    const covered = paragraphs.flatMap((p) => p.segments).map((s) => TEXT.slice(s.start, s.end)).join('');
    expect(covered).toBe(TEXT.split('\n').filter((line) => line.trim()).join(''));
    for (const p of paragraphs) {
      expect(p.segments[0]!.start).toBe(p.start);
      expect(p.segments.at(-1)!.end).toBe(p.end);
    }
  });

  it('marks sentences with their index and the gaps between them with none', () => {
    const [first] = buildParagraphs(TEXT, article.sentences);
    expect(first!.segments.filter((s) => s.sentence !== null).map((s) => s.sentence)).toEqual([0, 1]);
    expect(buildParagraphs('Only a gap.', [])).toEqual([{ start: 0, end: 11, segments: [{ start: 0, end: 11, sentence: null }] }]);
  });

  it('cuts a sentence that runs over a line break into one segment per line', () => {
    const text = 'One sentence\nacross two lines.';
    const [a, b] = buildParagraphs(text, [{ index: 0, start: 0, end: text.length, text }]);
    expect(a!.segments).toEqual([{ start: 0, end: 12, sentence: 0 }]);
    expect(b!.segments).toEqual([{ start: 13, end: text.length, sentence: 0 }]);
  });
});

describe('sentence drafts', () => {
  it('trims the spaces around a sentence, and is null for none', () => {
    const range = trimmedSentence(article, 1)!;
    expect(TEXT.slice(range.start, range.end)).toBe('ونفى مسؤولون في باكو ذلك.');
    expect(trimmedSentence(article, 9)).toBeNull();
  });

  it('reads the whole sentences a span touches, or the span outside any sentence', () => {
    const start = TEXT.indexOf('المحادثات');
    const end = TEXT.indexOf('باكو');
    expect(sentencesAround(article, { start, end })).toBe(TEXT.slice(0, TEXT.indexOf('\n')));
    expect(sentencesAround({ ...article, sentences: [] }, { start, end })).toBe(TEXT.slice(start, end));
  });

  it('makes a span the draft, preselecting the source its sentence names', () => {
    uiSignedOut();
    const kremlin = { id: 'kremlin', name: 'Kremlin', names: { ar: 'الكرملين' }, aliases: ['الكرملين'], people: [], institutions: [], createdAt: '', updatedAt: '' };
    const start = TEXT.indexOf('المحادثات');
    draftRange(article, [kremlin], { start, end: start + 9 });
    expect(useUiStore.getState()).toMatchObject({ draft: { start, end: start + 9 }, draftSourceId: 'kremlin' });
  });
});

describe('readsOnward', () => {
  it('reads on with the left arrow in right-to-left text and the right arrow in left-to-right text', () => {
    expect(readsOnward('ArrowLeft', 'rtl')).toBe(true);
    expect(readsOnward('ArrowRight', 'rtl')).toBe(false);
    expect(readsOnward('ArrowRight', 'ltr')).toBe(true);
    expect(readsOnward('ArrowLeft', 'ltr')).toBe(false);
  });
});
