// The client reads its verdicts off the desk's rating scale (issue 18): a verdict added to the scale gets its keys, its
// highlight rule (colour and a line style of its own), its filter option and its place in the desk chart, with no
// code change; and none of it names a verdict.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE, RATING_SCALE_PRESETS, verdictForKey, type RatingScale } from '../../../domain/rating-scale.ts';
import {
  chartStack,
  highlightStyleSheet,
  totalOf,
  verdictHighlight,
  verdictKeys,
  verdictLine,
  verdictOptions,
} from '../../../client/src/lib/verdict-view.ts';

const preset = (key: string) => RATING_SCALE_PRESETS.find((v) => v.key === key)!;
/** Today's scale with "false" added last and "misleading" first. */
const added: RatingScale = {
  ...DEFAULT_RATING_SCALE,
  verdicts: [preset('misleading'), ...DEFAULT_RATING_SCALE.verdicts, preset('false')],
};

/** The `::highlight(name)` rule of a stylesheet, its declarations by property. */
function rule(sheet: string, name: string): Record<string, string> {
  const body = new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`).exec(sheet)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('keyboard map from the scale', () => {
  it('sets each verdict by its place (1–9) and by its letter, an added one included', () => {
    added.verdicts.forEach((v, i) => {
      expect(verdictForKey(added, String(i + 1))?.key).toBe(v.key);
      expect(verdictForKey(added, v.shortcut)?.key).toBe(v.key);
      expect(verdictForKey(added, v.shortcut.toUpperCase())?.key).toBe(v.key);
    });
    expect(verdictForKey(added, '6')).toBeUndefined();
    expect(verdictForKey(DEFAULT_RATING_SCALE, 'f')).toBeUndefined();
    expect(verdictForKey(added, 'f')?.key).toBe('false');
  });

  it('lists the keys of every verdict, in order, for the buttons and the shortcuts dialog', () => {
    expect(verdictKeys(added).map(({ verdict, keys }) => [verdict.key, keys])).toEqual([
      ['misleading', ['1']], // m makes a claim in the workbench: misleading is set by its digit
      ['corroborated', ['2', 'c']],
      ['disputed', ['3', 'd']],
      ['unreviewed', ['4', 'u']],
      ['false', ['5', 'f']],
    ]);
  });

  it('gives a tenth verdict its letter only: the digits stop at 9', () => {
    const many = [...'bcdfghiloq'].map((shortcut, i) => ({ ...preset('false'), key: `v${i}`, shortcut }));
    expect(verdictKeys({ verdicts: many }).at(-1)!.keys).toEqual(['q']);
  });
});

describe('highlight styles generated from the scale', () => {
  const sheet = highlightStyleSheet(added);

  it('writes one rule per verdict, an added one included, in its colour with a tint', () => {
    for (const v of added.verdicts) {
      const declarations = rule(sheet, verdictHighlight(v.key));
      expect(declarations['background-color']).toBe(`${v.colour}33`);
      expect(declarations['text-decoration']).toContain(v.colour);
    }
    expect(sheet.match(/::highlight\(/g)).toHaveLength(added.verdicts.length);
  });

  it('keeps today’s look for the default scale: solid, wavy and dotted lines', () => {
    const today = highlightStyleSheet(DEFAULT_RATING_SCALE);
    expect(rule(today, 'verdict-corroborated')['text-decoration']).toBe('underline solid #1a7f37');
    expect(rule(today, 'verdict-disputed')['text-decoration']).toBe('underline wavy #c0262d');
    expect(rule(today, 'verdict-unreviewed')['text-decoration']).toBe('underline dotted #8a5a00');
  });

  it('gives every verdict of a full scale a line of its own (style and thickness), so marks differ without colour', () => {
    const lines = Array.from({ length: 12 }, (_, i) => verdictLine(i)).map((l) => `${l.style} ${l.thickness}`);
    expect(new Set(lines).size).toBe(12);
    const styles = added.verdicts.map((v) => rule(sheet, verdictHighlight(v.key))['text-decoration']!.split(' ')[1]);
    expect(new Set(styles).size).toBe(added.verdicts.length);
  });
});

describe('filter options and the desk chart', () => {
  it('offers every verdict of the scale, in its order and in the interface language', () => {
    expect(verdictOptions(added, 'fr')).toEqual([
      { value: 'misleading', label: 'Trompeur' },
      { value: 'corroborated', label: 'Corroborée' },
      { value: 'disputed', label: 'Contestée' },
      { value: 'unreviewed', label: 'Non vérifiée' },
      { value: 'false', label: 'Faux' },
    ]);
    expect(verdictOptions(DEFAULT_RATING_SCALE, 'ar').map((o) => o.label)).toEqual(['مؤكَّد', 'مُتنازَع عليه', 'غير مُراجَع']);
  });

  it('stacks the verdicts that need review first in the chart, each group in scale order', () => {
    expect(chartStack(DEFAULT_RATING_SCALE).map((v) => v.key)).toEqual(['disputed', 'corroborated', 'unreviewed']);
    expect(chartStack(added).map((v) => v.key)).toEqual(['misleading', 'disputed', 'false', 'corroborated', 'unreviewed']);
  });

  it('totals a row’s counts, keys the scale no longer has included', () => {
    expect(totalOf({ disputed: 2, corroborated: 1, gone: 4 })).toBe(7);
    expect(totalOf({})).toBe(0);
  });
});
