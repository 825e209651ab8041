// @vitest-environment jsdom
// DOM positions in the rendered article <-> UTF-16 offsets of the stored text: Arabic, combining marks, surrogate
// pairs, selections across sentences and paragraphs made in either direction, and find-in-article's matches.
import { afterEach, describe, expect, it } from 'vitest';
import { findMatches, normalizeWithOffsets } from '../../../domain/search-normalize.ts';
import { splitSentences } from '../../../domain/split-sentences.ts';
import {
  elementAt,
  indexPieces,
  offsetAtPoint,
  pointToOffset,
  rangeFromOffsets,
  selectionToRange,
} from '../../../client/src/lib/dom-offsets.ts';
import { buildParagraphs } from '../../../client/src/features/articles/text/paragraphs.ts';

const ARABIC = 'قالَ الكرملينُ إنّ المحادثات ستبدأ. ونفى مسؤولون في باكو ذلك.\nوفي فقرة ثانية قال الوزير إنّ الهدنة قريبة.';
const MIXED = 'Café e\u0301lan 😀 said 𝐀 thing. Then more.\nSecond 😀 line here.';

/** The article as article-text.tsx renders it: a <p> per line, a <span data-start> per segment. */
function renderArticle(text: string, language: string): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('role', 'article');
  for (const paragraph of buildParagraphs(text, splitSentences(text, language))) {
    const p = document.createElement('p');
    for (const segment of paragraph.segments) {
      const span = document.createElement('span');
      span.dataset.start = String(segment.start);
      if (segment.sentence !== null) span.dataset.sentence = String(segment.sentence);
      span.textContent = text.slice(segment.start, segment.end);
      p.append(span);
    }
    root.append(p);
  }
  document.body.append(root);
  return root;
}

/** The text node and offset inside it of stored-text offset `offset` (the first piece that holds it). */
function pointAt(root: HTMLElement, offset: number): [Text, number] {
  const piece = indexPieces(root).find((p) => offset >= p.start && offset < p.end)!;
  return [piece.node, offset - piece.start];
}

function select(root: HTMLElement, anchor: number, focus: number): Selection {
  const selection = document.getSelection()!;
  selection.setBaseAndExtent(...pointAt(root, anchor), ...pointAt(root, focus));
  return selection;
}

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

describe('pointToOffset', () => {
  it('counts UTF-16 units inside a piece, whatever the script, marks or astral characters', () => {
    const root = renderArticle(MIXED, 'en');
    for (const target of [MIXED.indexOf('e\u0301') + 1, MIXED.indexOf('😀') + 2, MIXED.indexOf('𝐀'), MIXED.lastIndexOf('😀')]) {
      const [node, offset] = pointAt(root, target);
      expect(pointToOffset(root, node, offset, MIXED.length)).toBe(target);
    }
    const arabic = renderArticle(ARABIC, 'ar');
    const shadda = ARABIC.indexOf('ّ');
    const [node, offset] = pointAt(arabic, shadda);
    expect(pointToOffset(arabic, node, offset, ARABIC.length)).toBe(shadda);
  });

  it('reads a point on an element boundary as the first piece at or after it', () => {
    const root = renderArticle(ARABIC, 'ar');
    const [, second] = root.querySelectorAll('p');
    expect(pointToOffset(root, second!, 0, ARABIC.length)).toBe(ARABIC.indexOf('\n') + 1);
    expect(pointToOffset(root, root, 0, ARABIC.length)).toBe(0);
    const firstSpan = root.querySelector('span')!;
    expect(pointToOffset(root, firstSpan, 1, ARABIC.length)).toBe(Number(firstSpan.dataset.start) + firstSpan.textContent!.length);
    expect(pointToOffset(root, root, root.childNodes.length, ARABIC.length)).toBe(ARABIC.length);
  });

  it('clamps points before and after the article to its start and end', () => {
    const before = document.createElement('h1');
    before.textContent = 'Title';
    document.body.append(before);
    const root = renderArticle(ARABIC, 'ar');
    const after = document.createElement('footer');
    after.textContent = 'End';
    document.body.append(after);
    expect(pointToOffset(root, before.firstChild!, 2, ARABIC.length)).toBe(0);
    expect(pointToOffset(root, after.firstChild!, 1, ARABIC.length)).toBe(ARABIC.length);
  });
});

describe('selectionToRange', () => {
  it('gives the same range for a drag made forward or backward (right to left in Arabic)', () => {
    const root = renderArticle(ARABIC, 'ar');
    const start = ARABIC.indexOf('الكرملين');
    const end = ARABIC.indexOf('باكو') + 'باكو'.length;
    expect(selectionToRange(root, select(root, start, end), ARABIC.length)).toEqual({ start, end });
    expect(selectionToRange(root, select(root, end, start), ARABIC.length)).toEqual({ start, end });
  });

  it('spans sentences and paragraphs', () => {
    const root = renderArticle(ARABIC, 'ar');
    const start = ARABIC.indexOf('ستبدأ');
    const end = ARABIC.indexOf('الوزير');
    const range = selectionToRange(root, select(root, end, start), ARABIC.length)!;
    expect(range).toEqual({ start, end });
    expect(ARABIC.slice(range.start, range.end)).toContain('\n');
  });

  it('keeps a surrogate pair whole when a selection ends after it', () => {
    const root = renderArticle(MIXED, 'en');
    const start = MIXED.indexOf('😀');
    expect(selectionToRange(root, select(root, start + 2, start), MIXED.length)).toEqual({ start, end: start + 2 });
  });

  it('is null for a collapsed selection, no selection, or one wholly outside the article', () => {
    const root = renderArticle(ARABIC, 'ar');
    expect(selectionToRange(root, select(root, 5, 5), ARABIC.length)).toBeNull();
    expect(selectionToRange(root, null, ARABIC.length)).toBeNull();
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    document.getSelection()!.setBaseAndExtent(outside.firstChild!, 0, outside.firstChild!, 4);
    expect(selectionToRange(root, document.getSelection(), ARABIC.length)).toBeNull();
  });

  it('clamps a selection that starts outside the article', () => {
    const before = document.createElement('h1');
    before.textContent = 'Title';
    document.body.append(before);
    const root = renderArticle(MIXED, 'en');
    const [node, offset] = pointAt(root, 6);
    document.getSelection()!.setBaseAndExtent(before.firstChild!, 1, node, offset);
    expect(selectionToRange(root, document.getSelection(), MIXED.length)).toEqual({ start: 0, end: 6 });
  });
});

describe('rangeFromOffsets', () => {
  it('maps every range back to the same offsets, across sentences and paragraphs', () => {
    for (const [text, language] of [[ARABIC, 'ar'], [MIXED, 'en']] as const) {
      const root = renderArticle(text, language);
      const pieces = indexPieces(root);
      const newline = text.indexOf('\n');
      for (let start = 0; start < text.length; start++) {
        if (start === newline) continue; // the line break is not rendered: a range starting there starts on the next line
        for (let end = start + 1; end <= text.length; end++) {
          const range = rangeFromOffsets(pieces, { start, end })!;
          expect(pointToOffset(root, range.startContainer, range.startOffset, text.length)).toBe(start);
          expect(pointToOffset(root, range.endContainer, range.endOffset, text.length)).toBe(end);
          expect(range.toString()).toBe(text.slice(start, end).replace('\n', ''));
        }
      }
      root.remove();
    }
  });

  it('puts a range on a piece boundary in the next piece at its start and the previous one at its end', () => {
    const root = renderArticle(ARABIC, 'ar');
    const pieces = indexPieces(root);
    const boundary = pieces[1]!.start;
    expect(rangeFromOffsets(pieces, { start: boundary, end: boundary + 1 })!.startContainer).toBe(pieces[1]!.node);
    expect(rangeFromOffsets(pieces, { start: boundary - 1, end: boundary })!.endContainer).toBe(pieces[0]!.node);
  });

  it('is null for an empty article, and clamps offsets past the end', () => {
    expect(rangeFromOffsets([], { start: 0, end: 1 })).toBeNull();
    const root = renderArticle(MIXED, 'en');
    const pieces = indexPieces(root);
    const range = rangeFromOffsets(pieces, { start: MIXED.length - 4, end: MIXED.length + 10 })!;
    expect(range.toString()).toBe(MIXED.slice(-4));
  });
});

describe('elementAt and offsetAtPoint', () => {
  it('finds the element holding an offset', () => {
    const root = renderArticle(ARABIC, 'ar');
    const offset = ARABIC.indexOf('الوزير');
    const element = elementAt(root, offset)!;
    expect(Number(element.dataset.start)).toBeLessThanOrEqual(offset);
    expect(element.textContent).toContain('الوزير');
  });

  it('reads the caret under a point, and null off the text', () => {
    const root = renderArticle(ARABIC, 'ar');
    const offset = ARABIC.indexOf('باكو');
    const [node, inside] = pointAt(root, offset);
    const caret = { offsetNode: node as Node, offset: inside };
    Object.assign(document, { caretPositionFromPoint: () => caret });
    expect(offsetAtPoint(root, 10, 10, ARABIC.length)).toBe(offset);
    caret.offsetNode = document.body;
    expect(offsetAtPoint(root, 10, 10, ARABIC.length)).toBeNull();
    Reflect.deleteProperty(document, 'caretPositionFromPoint');
  });
});

describe('find in article', () => {
  it('paints each match over exactly the stored text it matched, harakat and hamza forms ignored', () => {
    const root = renderArticle(ARABIC, 'ar');
    const matches = findMatches(normalizeWithOffsets(ARABIC), 'ان');
    expect(matches.length).toBeGreaterThanOrEqual(2);
    const pieces = indexPieces(root);
    for (const match of matches) expect(rangeFromOffsets(pieces, match)!.toString()).toBe(ARABIC.slice(match.start, match.end));
    expect(matches.map((m) => ARABIC.slice(m.start, m.end))).toContain('إنّ');
  });

  it('maps a match after astral characters and combining marks to the right UTF-16 offsets', () => {
    const root = renderArticle(MIXED, 'en');
    const [match] = findMatches(normalizeWithOffsets(MIXED), 'elan');
    expect(match).toBeDefined();
    expect(rangeFromOffsets(indexPieces(root), match!)!.toString()).toBe('e\u0301lan');
    const [line] = findMatches(normalizeWithOffsets(MIXED), 'line');
    expect(MIXED.slice(line!.start, line!.end)).toBe('line');
  });
});
