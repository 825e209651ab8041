// Property tests of the domain: for any text and range, anchoring round-trips; sentences tile the text; offsets convert.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote, checkRange, quoteAt } from '../../domain/anchoring.ts';
import { splitSentences } from '../../domain/split-sentences.ts';
import { normalizeText, splitsSurrogatePair, utf16ToCodePointOffset } from '../../domain/text.ts';

/** Text made of the pieces wire copy is made of: Arabic, Latin, digits, quotes, stops, spaces, newlines, emoji. */
const piece = fc.constantFrom(
  'قالت', 'أرمينيا', 'الكرملين', '“', '”', '«', '»', ' « ', ' » ', '"', '.', '. ', '؟ ', '، ', '12,00', '3.5', 'Mr.', 'M.',
  'U.S.', 'said', 'Élysée', ' ', ' ', '\n', '\n\n', '😀', 'e\u0301', '\t', 'ـ', 'د.',
);
const wireText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => normalizeText(parts.join('')));
const textAndRange = wireText
  .filter((t) => t.length > 0)
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 }))
      .filter(({ text, start, end }) => !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end)),
  );

describe('anchoring properties', () => {
  it('accepts every range whose exact is its own slice, and its quote anchors back to it', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start, end }) => {
        const exact = text.slice(start, end);
        expect(checkRange(text, { start, end, exact })).toBeNull();
        const quote = quoteAt(text, { start, end });
        expect(quote.exact).toBe(exact);
        expect(anchorQuote(text, quote, { start, end })).toEqual({ start, end });
        const found = anchorQuote(text, quote);
        expect(found && text.slice(found.start, found.end)).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a quote again after text is inserted before it', () => {
    fc.assert(
      fc.property(textAndRange, wireText, ({ text, start, end }, insert) => {
        const quote = quoteAt(text, { start, end });
        const moved = anchorQuote(insert + text, quote, { start, end });
        expect(moved && (insert + text).slice(moved.start, moved.end)).toBe(quote.exact);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentence properties', () => {
  it('sentences are in order, map exactly onto the text, and cover every non-space character once', () => {
    fc.assert(
      fc.property(wireText, fc.constantFrom('ar', 'en', 'fr'), (text, language) => {
        const sentences = splitSentences(text, language);
        let cursor = 0;
        for (const [i, s] of sentences.entries()) {
          expect(s.index).toBe(i);
          expect(s.start).toBeGreaterThanOrEqual(cursor);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(text.slice(cursor, s.start).trim()).toBe(''); // only whitespace between sentences
          expect(s.text).toBe(s.text.trim());
          expect(s.text.includes('\n')).toBe(false);
          cursor = s.end;
        }
        expect(text.slice(cursor).trim()).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});

describe('text properties', () => {
  it('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
      }),
    );
  });

  it('code point offsets count the code points before a UTF-16 offset', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start }) => {
        expect(utf16ToCodePointOffset(text, start)).toBe([...text.slice(0, start)].length);
      }),
    );
  });
});
