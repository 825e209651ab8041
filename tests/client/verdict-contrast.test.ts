// Verdict colours read well (issue 16, item 2) and are the desk's data (issue 18): every colour of the default scale
// and of the presets is text at least 4.5:1 (so a mark at least 3:1) against the page backgrounds the stylesheet
// declares, the stylesheets hold no verdict colour or verdict name, and the text marks, written from the scale, give
// each verdict its colour and a line style of its own. The app has no dark mode.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE, PAGE_BACKGROUNDS, RATING_SCALE_PRESETS, scaleProblems } from '../../domain/rating-scale.ts';
import { highlightStyleSheet, verdictHighlight } from '../../client/src/lib/verdict-view.ts';

const css = (file: string) => readFileSync(new URL(`../../client/src/${file}`, import.meta.url), 'utf8');
const BASE = css('styles/base.css');
const SHEETS = ['styles/base.css', 'styles/workbench.css', 'styles/panel.css', 'styles/phone.css', 'features/review/review.css', 'features/history/history.css'];

/** The custom properties of the stylesheet's first `:root` rule. */
function rootProperties(sheet: string): Record<string, string> {
  const body = /:root\s*\{([^}]*)\}/.exec(sheet)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** WCAG 2 relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const root = rootProperties(BASE);
const VERDICTS = [...DEFAULT_RATING_SCALE.verdicts, ...RATING_SCALE_PRESETS];

describe('verdict colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('checks colours against the page backgrounds the stylesheet declares', () => {
    expect([root.surface, root.canvas]).toEqual([...PAGE_BACKGROUNDS]);
  });

  it.each(VERDICTS.flatMap((v) => PAGE_BACKGROUNDS.map((page) => [v.key, v.colour, page] as const)))(
    'gives %s (%s) text at least 4.5:1 against %s',
    (_key, colour, background) => {
      expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('refuses, through the scale’s own check, a colour that would not read', () => {
    const pale = { ...DEFAULT_RATING_SCALE, verdicts: DEFAULT_RATING_SCALE.verdicts.map((v, i) => (i === 0 ? { ...v, colour: '#9be9a8' } : v)) };
    expect(contrast('#9be9a8', '#ffffff')).toBeLessThan(3);
    expect(scaleProblems(pale).map((p) => p.path.join('.'))).toContain('verdicts.0.colour');
  });

  it('paints each verdict’s marks with its colour and a line style of its own, at least 3:1', () => {
    const scale = { verdicts: VERDICTS };
    const sheet = highlightStyleSheet(scale);
    const styles = VERDICTS.map((v) => {
      const rule = new RegExp(`::highlight\\(${verdictHighlight(v.key)}\\)\\s*\\{([^}]*)\\}`).exec(sheet)?.[1] ?? '';
      const decoration = /text-decoration:\s*underline\s+(\w+)\s+(#[0-9a-f]{6});\s*text-decoration-thickness:\s*([\d.]+px)/.exec(rule);
      expect(decoration?.[2]).toBe(v.colour);
      expect(contrast(decoration![2]!, PAGE_BACKGROUNDS[0])).toBeGreaterThanOrEqual(3);
      return `${decoration![1]} ${decoration![3]}`;
    });
    expect(new Set(styles).size).toBe(VERDICTS.length);
  });

  it('writes no verdict colour and no verdict name in the stylesheets: they come from the scale', () => {
    // The default scale's colours (the presets share some with neutral greys and the error toast) and the old reds.
    const literals = DEFAULT_RATING_SCALE.verdicts.map((v) => v.colour).concat(['#c62828', '#d4a017']);
    const names = VERDICTS.map((v) => new RegExp(`(--|verdict-|claim-|bar-)${v.key}\\b`));
    const found = SHEETS.flatMap((file) => {
      const sheet = css(file).toLowerCase().replace(/:root\s*\{[^}]*\}/, '');
      return [...literals.filter((hex) => sheet.includes(hex)), ...names.filter((re) => re.test(sheet)).map(String)].map((hit) => `${file}: ${hit}`);
    });
    expect(found).toEqual([]);
  });
});
