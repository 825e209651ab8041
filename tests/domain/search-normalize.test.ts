// The search normal form and its offset map: Arabic spelling variants, Latin accents and case, surrogate pairs.
import { describe, expect, it } from 'vitest';
import { claimSearchText, findMatches, normalizeForSearch, normalizeQuery, normalizeWithOffsets } from '../../domain/search-normalize.ts';

describe('normalizeForSearch', () => {
  it.each([
    ['drops tashkeel and the superscript alef', 'مُسْتَعِدَّةٌ هٰذا', 'مستعده هذا'],
    ['drops tatweel', 'الجمعـــة', 'الجمعه'],
    ['treats every alef form as a bare alef', 'أ إ آ ٱ ا', 'ا ا ا ا ا'],
    ['puts hamza carriers to their letters', 'مؤتمر سئل', 'موتمر سيل'],
    ['makes ta marbuta ha and alef maqsura ya', 'مدينة مستشفى', 'مدينه مستشفي'],
    ['drops accents and case in French and English', 'Élysée À BIENTÔT Ça', 'elysee a bientot ca'],
    ['folds the dotted capital I of Turkish to a plain i', 'İstanbul', 'istanbul'],
    ['makes any run of whitespace one space', 'a \n\t b', 'a b'],
  ])('%s', (_, text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });

  it('gives the same form to two spellings of one Arabic sentence', () => {
    expect(normalizeForSearch('قالت أرمينيا إنّها مُستعِدّة')).toBe(normalizeForSearch('قالت ارمينيا انها مستعده'));
  });

  it('leaves a character outside the Basic Multilingual Plane whole', () => {
    expect(normalizeForSearch('A😀b')).toBe('a😀b');
  });

  it('trims a query but keeps its inner spaces', () => {
    expect(normalizeQuery('  Élysée   palace ')).toBe('elysee palace');
  });

  it('keeps a claim\'s quote and note apart', () => {
    const text = claimSearchText({ quote: { exact: 'end' }, note: 'start' });
    expect(text.includes('endstart')).toBe(false);
    expect(text.includes('end start')).toBe(false);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps each unit of the normal form back to the code point it came from', () => {
    const { text, starts, ends } = normalizeWithOffsets('Éa😀b');
    expect(text).toBe('ea😀b');
    expect(starts).toEqual([0, 1, 2, 2, 4]);
    expect(ends).toEqual([1, 2, 4, 4, 5]);
  });

  it('maps a decomposed accent to the letter and mark together', () => {
    const { text, starts, ends } = normalizeWithOffsets('e\u0301t');
    expect(text).toBe('et');
    expect(starts).toEqual([0, 2]);
    expect(ends).toEqual([2, 3]);
  });
});

describe('findMatches', () => {
  it('finds an Arabic word written with other alef, hamza and tashkeel, in original offsets', () => {
    const text = 'قالت أرمينيا إنّها مُستعِدّةٌ للحوار، وقالت ارمينيا ذلك.';
    const matches = findMatches(text, 'ارمينيا');
    expect(matches.map(({ start, end }) => text.slice(start, end))).toEqual(['أرمينيا', 'ارمينيا']);
  });

  it('covers the tashkeel inside the match and on its last letter', () => {
    const text = 'هي مُستعِدّةٌ.';
    const [match] = findMatches(text, 'مستعده');
    expect(text.slice(match!.start, match!.end)).toBe('مُستعِدّةٌ');
  });

  it('does not stretch a match over the spaces after it', () => {
    const text = 'كتب   ثم';
    expect(findMatches(text, 'كتب')).toEqual([{ start: 0, end: 3 }]);
  });

  it('finds French words whatever their accents and case', () => {
    const text = "L'Élysée a dit: l'elysee, ÉLYSÉE.";
    expect(findMatches(text, 'élysée').map(({ start, end }) => text.slice(start, end))).toEqual(['Élysée', 'elysee', 'ÉLYSÉE']);
  });

  it('keeps surrogate pairs whole around a match', () => {
    const text = '😀 café 😀 cafe';
    const matches = findMatches(text, 'CAFE');
    expect(matches).toEqual([
      { start: 3, end: 7 },
      { start: 11, end: 15 },
    ]);
    expect(text.slice(0, 2)).toBe('😀');
  });

  it('matches nothing for an empty or blank query', () => {
    expect(findMatches('anything', '')).toEqual([]);
    expect(findMatches('anything', ' \u064E ')).toEqual([]);
  });
});

describe('normalizeForSearch and normalizeWithOffsets', () => {
  it.each([
    'قالت أرمينيا الجمعة إنها “مستعدة”  لاستئناف\n\nعملية',
    '  Élysée\t\tÀ BIENTÔT e\u0301 😀  ',
    'ـــ\u064E a',
  ])('give the same normal form of %j', (text) => {
    expect(normalizeForSearch(text)).toBe(normalizeWithOffsets(text).text);
  });
});
