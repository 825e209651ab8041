import { describe, expect, it } from 'vitest';
import { placeBesideSelection } from '../../../client/src/features/articles/text/place-beside-selection.ts';

const PHONE = { width: 390, height: 844, coveredBelow: 0 };
const BUTTON = { width: 120, height: 44 };
const box = (top: number, left: number, right: number, height = 30) => ({ top, bottom: top + height, left, right });

describe('placeBesideSelection', () => {
  it('puts the button under the selection and its handles, at the left edge of English text', () => {
    expect(placeBesideSelection(box(200, 40, 300), BUTTON, PHONE, 'ltr')).toEqual({ top: 258, left: 40 });
  });

  it('lines the button up with the right edge of Arabic text', () => {
    expect(placeBesideSelection(box(200, 40, 300), BUTTON, PHONE, 'rtl')).toEqual({ top: 258, left: 180 });
  });

  it('puts the button over the selection when a sheet covers the room below it', () => {
    const sheet = { ...PHONE, coveredBelow: 560 };
    expect(placeBesideSelection(box(200, 40, 300), BUTTON, sheet, 'ltr')).toEqual({ top: 148, left: 40 });
  });

  it('keeps the button on the screen near its edges, in either direction', () => {
    expect(placeBesideSelection(box(200, 330, 386), BUTTON, PHONE, 'ltr').left).toBe(390 - 120 - 8);
    expect(placeBesideSelection(box(200, 2, 60), BUTTON, PHONE, 'rtl').left).toBe(8);
    expect(placeBesideSelection(box(-400, 10, 300, 1300), BUTTON, PHONE, 'ltr').top).toBe(8);
  });

  it('stays above a sheet even when the selection runs under it', () => {
    const sheet = { ...PHONE, coveredBelow: 400 };
    const { top } = placeBesideSelection(box(380, 40, 300, 200), BUTTON, sheet, 'ltr');
    expect(top + BUTTON.height).toBeLessThanOrEqual(844 - 400 - 8);
  });
});
