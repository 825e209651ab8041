// The rules the server adds to the rating scale (issue 18): the queue's verdict order and the desk's source rows
// by needsReview, a publication's frozen verdict (old publications' bare keys read as frozen defaults), the update
// body, and the name of a page's verdict stylesheet.
import { describe, expect, it } from 'vitest';
import { parseVerdictStylesheet, verdictStylesheetPath } from '../../domain/publication/page-shell.ts';
import {
  compareSourceRows,
  DEFAULT_RATING_SCALE,
  freezeVerdict,
  PublishedVerdictSchema,
  RATING_SCALE_PRESETS,
  RatingScaleUpdateSchema,
  verdictRank,
} from '../../domain/rating-scale.ts';

const preset = (key: string) => RATING_SCALE_PRESETS.find((v) => v.key === key)!;
const withPresets = { ...DEFAULT_RATING_SCALE, verdicts: [...DEFAULT_RATING_SCALE.verdicts, preset('misleading'), preset('unverifiable')] };

describe('the order of verdicts', () => {
  it('puts verdicts needing review first, then the scale order, unknown keys last', () => {
    const keys = ['unverifiable', 'unreviewed', 'ghost', 'misleading', 'corroborated', 'disputed'];
    const sorted = [...keys].sort((a, b) => verdictRank(withPresets, a) - verdictRank(withPresets, b));
    expect(sorted).toEqual(['disputed', 'misleading', 'corroborated', 'unreviewed', 'unverifiable', 'ghost']);
  });

  it('keeps today\'s queue order on the default scale: disputed, corroborated, unreviewed', () => {
    const sorted = ['unreviewed', 'corroborated', 'disputed'].sort((a, b) => verdictRank(DEFAULT_RATING_SCALE, a) - verdictRank(DEFAULT_RATING_SCALE, b));
    expect(sorted).toEqual(['disputed', 'corroborated', 'unreviewed']);
  });

  it('orders source rows by claims awaiting review, then by the others, ties kept', () => {
    const rows = [
      { sourceId: 'a', counts: { corroborated: 5, disputed: 0, misleading: 0 } },
      { sourceId: 'b', counts: { corroborated: 0, disputed: 1, misleading: 1 } },
      { sourceId: 'c', counts: { corroborated: 1, disputed: 0, misleading: 2 } },
      { sourceId: 'd', counts: { corroborated: 5, disputed: 0, misleading: 0 } },
    ];
    expect(rows.sort(compareSourceRows(withPresets)).map((r) => r.sourceId)).toEqual(['c', 'b', 'a', 'd']);
  });
});

describe('a published verdict', () => {
  it('freezes names, sign, colour, rating and the scale\'s range; none for a verdict without a rating', () => {
    expect(freezeVerdict({ ...withPresets, worstRating: 0 }, 'misleading')).toEqual({
      key: 'misleading',
      labels: preset('misleading').labels,
      sign: '≈',
      colour: '#a3480b',
      rating: preset('misleading').rating,
      worstRating: 0,
      bestRating: 5,
    });
    expect(freezeVerdict(withPresets, 'unreviewed')).toBeUndefined();
    expect(freezeVerdict(withPresets, 'ghost')).toBeUndefined();
  });

  it('reads a publication stored before the scale (a bare key) as the default verdict frozen', () => {
    expect(PublishedVerdictSchema.parse('disputed')).toEqual(freezeVerdict(DEFAULT_RATING_SCALE, 'disputed'));
    expect(PublishedVerdictSchema.safeParse('unreviewed').success).toBe(false);
  });
});

describe('the update body', () => {
  const body = { verdicts: DEFAULT_RATING_SCALE.verdicts, worstRating: 1, bestRating: 5, version: 3 };

  it('takes the scale, its version and moves by key', () => {
    expect(RatingScaleUpdateSchema.parse({ ...body, moves: { misleading: 'disputed' } }).moves).toEqual({ misleading: 'disputed' });
  });

  it.each([
    { why: 'no version', value: { ...body, version: undefined }, field: 'version' },
    { why: 'a move to something not a key', value: { ...body, moves: { misleading: 'Disputed!' } }, field: 'moves.misleading' },
    { why: 'a scale that breaks a rule', value: { ...body, bestRating: 1 }, field: 'bestRating' },
  ])('refuses $why, naming $field', ({ value, field }) => {
    const result = RatingScaleUpdateSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(field);
  });
});

describe('a page\'s verdict stylesheet', () => {
  it('names each frozen verdict\'s key and colour once, and reads back what it names', () => {
    const path = verdictStylesheetPath([
      { key: 'disputed', colour: '#C0262D' },
      { key: 'missing-context', colour: '#6639ba' },
      { key: 'disputed', colour: '#c0262d' },
    ]);
    expect(path).toBe('/v/verdicts/disputed-c0262d_missing-context-6639ba.css');
    expect(parseVerdictStylesheet('disputed-c0262d_missing-context-6639ba')).toEqual([
      { key: 'disputed', colour: '#c0262d' },
      { key: 'missing-context', colour: '#6639ba' },
    ]);
    expect(verdictStylesheetPath([])).toBe('/v/verdicts/none.css');
  });

  it.each(['disputed-c0262', 'Disputed-c0262d', 'disputed-c0262d;x', 'disputed-c0262d_', '../page'])('refuses the name %s', (name) => {
    expect(parseVerdictStylesheet(name)).toBeUndefined();
  });
});
