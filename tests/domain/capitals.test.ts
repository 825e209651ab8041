import { describe, expect, it } from 'vitest';
import { CAPITALS, capitalNames } from '../../domain/suggestions/capitals.ts';
import { capitalsOf } from '../../domain/suggestions/known-speakers.ts';

describe('the capitals data', () => {
  it('has a seat of government in English, French and Arabic for every UN member state but Belgium', () => {
    expect(Object.keys(CAPITALS)).toHaveLength(192);
    const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const [code, names] of Object.entries(CAPITALS)) {
      expect(regions.of(code), code).toBeTruthy();
      expect(names.every((n) => n.trim().length > 0), code).toBe(true);
      expect(names[2], code).toMatch(/^[\u0600-\u06ff /]+$/u);
    }
  });

  it('lists every spelling once, in any case of code', () => {
    expect(capitalNames('ua')).toEqual(['Kyiv', 'Kiev', 'كييف']);
    expect(capitalNames('XX')).toEqual([]);
  });

  it('drops a name that stands for two countries', () => {
    expect(capitalsOf('JO')).toEqual(['Amman']);
    expect(capitalsOf('OM')).toEqual(['Muscat', 'Mascate', 'مسقط']);
  });
});
