// @vitest-environment jsdom
// The Rating scale page's draft and its live check: reordering, adding presets, deleting with a move of the claims
// (and chained moves), and each refusal worded in the interface language beside its field.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS } from '../../../domain/rating-scale.ts';
import {
  blankVerdict,
  draftOf,
  movesToSend,
  verdictAdded,
  verdictChanged,
  verdictMoved,
  verdictRemoved,
} from '../../../client/src/features/rating-scale/scale-draft.ts';
import { fieldProblems } from '../../../client/src/features/rating-scale/field-problems.ts';
import { i18n } from '../../../client/src/i18n/i18n.ts';
import { englishReady } from '../harness.ts';

beforeAll(async () => {
  await englishReady();
  await i18n.loadLanguages(['fr', 'ar']);
});
const keys = (draft: ReturnType<typeof draftOf>) => draft.scale.verdicts.map((v) => v.key);
const preset = (key: string) => RATING_SCALE_PRESETS.find((v) => v.key === key)!;
const problems = (draft: ReturnType<typeof draftOf>, language: 'en' | 'fr' | 'ar' = 'en') =>
  fieldProblems(draft.scale, i18n.getFixedT(language, 'ratingScale'), language);

describe('the scale draft', () => {
  it('moves a verdict up and down, its id with it, and does nothing past either end', () => {
    const draft = draftOf(DEFAULT_RATING_SCALE);
    const down = verdictMoved(draft, 0, 1);
    expect(keys(down)).toEqual(['disputed', 'corroborated', 'unreviewed']);
    expect(down.ids).toEqual(['disputed', 'corroborated', 'unreviewed']);
    expect(verdictMoved(draft, 0, -1)).toBe(draft);
    expect(verdictMoved(draft, 2, 1)).toBe(draft);
  });

  it('adds a preset last and a blank verdict with a free key and shortcut', () => {
    let draft = verdictAdded(draftOf(DEFAULT_RATING_SCALE), preset('false'));
    expect(keys(draft)).toEqual(['corroborated', 'disputed', 'unreviewed', 'false']);
    const blank = blankVerdict(draft);
    expect(keys(draft)).not.toContain(blank.key);
    expect(draft.scale.verdicts.map((v) => v.shortcut)).not.toContain(blank.shortcut);
    draft = verdictAdded(draft, blank);
    expect(new Set(draft.ids).size).toBe(5);
  });

  it('deletes a saved verdict with a move of its claims, and re-routes moves that pointed at a deleted one', () => {
    let draft = verdictAdded(draftOf(DEFAULT_RATING_SCALE), preset('false'));
    draft = verdictRemoved(draft, 1, 'corroborated'); // disputed → corroborated
    expect(keys(draft)).toEqual(['corroborated', 'unreviewed', 'false']);
    expect(movesToSend(draft)).toEqual({ disputed: 'corroborated' });
    draft = verdictRemoved(draft, 0, 'unreviewed'); // corroborated (and what moves to it) → unreviewed
    expect(movesToSend(draft)).toEqual({ disputed: 'unreviewed', corroborated: 'unreviewed' });
  });

  it('never deletes "unreviewed", and a verdict added in the draft needs no move', () => {
    const draft = draftOf(DEFAULT_RATING_SCALE);
    expect(verdictRemoved(draft, 2, 'disputed')).toBe(draft);
    const added = verdictAdded(draft, preset('false'));
    expect(movesToSend(verdictRemoved(added, 3, 'disputed'))).toEqual({});
  });
});

describe('the live check of a draft', () => {
  it('finds nothing wrong with the default scale and the presets', () => {
    const draft = RATING_SCALE_PRESETS.reduce(verdictAdded, draftOf(DEFAULT_RATING_SCALE));
    expect([...problems(draft)]).toEqual([]);
  });

  it('refuses a low-contrast colour beside the colour field, in each language, with the ratio', () => {
    const draft = verdictChanged(draftOf(DEFAULT_RATING_SCALE), 0, { colour: '#9be9a8' });
    expect(problems(draft).get('verdicts.0.colour')).toMatch(/^Contrast 1\.\d\d:1 against the page; at least 4\.5:1/);
    expect(problems(draft, 'fr').get('verdicts.0.colour')).toMatch(/^Contraste de 1\.\d\d:1/);
    expect(problems(draft, 'ar').get('verdicts.0.colour')).toContain('التباين');
  });

  it('refuses a colour too close to another verdict’s, naming it', () => {
    const draft = verdictChanged(draftOf(DEFAULT_RATING_SCALE), 1, { colour: '#1a7f38' });
    expect(problems(draft).get('verdicts.1.colour')).toContain('“Corroborated”');
  });

  it('names the field of a bad key, a shortcut used twice, an empty name and a rating out of range', () => {
    let draft = verdictAdded(draftOf(DEFAULT_RATING_SCALE), { ...blankVerdict(draftOf(DEFAULT_RATING_SCALE)), key: 'Bad key', shortcut: 'c' });
    draft = verdictChanged(draft, 1, { rating: { value: 9, alternateName: { en: 'Disputed', fr: 'Contestée', ar: 'مُتنازَع عليه' } } });
    const found = problems(draft);
    expect(found.get('verdicts.3.key')).toBe('Use lowercase letters, digits and dashes, starting with a letter.');
    expect(found.get('verdicts.3.labels.en')).toBe('Fill this in.');
    expect(found.get('verdicts.1.rating.value')).toBe('The rating must lie between 1 and 5.');
    expect(verdictChanged(draft, 3, { key: 'ok' }).scale.verdicts[3]!.shortcut).toBe('c');
    const named = verdictChanged(draft, 3, { key: 'ok', labels: { en: 'A', fr: 'A', ar: 'أ' } });
    expect(problems(named).get('verdicts.3.shortcut')).toBe('Verdict 1 already has this shortcut.');
  });
});
