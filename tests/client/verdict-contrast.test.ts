// Verdict colours read well: as text at least 4.5:1 and as a mark in the article at least 3:1 against the page, and
// the stylesheet declares the one set of colours the reports use too (issue 16, item 2). The app has no dark mode.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERDICT_COLOURS, VERDICT_SIGNS } from '../../domain/verdict-colours.ts';
import { VERDICTS } from '../../domain/schemas.ts';

const css = (file: string) => readFileSync(new URL(`../../client/src/${file}`, import.meta.url), 'utf8');
const BASE = css('styles/base.css');
const WORKBENCH = css('styles/workbench.css');
const PANEL = css('styles/panel.css');

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
const PAGES = { surface: root.surface!, canvas: root.canvas! };

describe('verdict colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(VERDICTS)('declares %s in the stylesheet with the value the reports use', (verdict) => {
    expect(root[verdict]).toBe(VERDICT_COLOURS[verdict]);
  });

  it.each(VERDICTS.flatMap((v) => Object.entries(PAGES).map(([page, colour]) => [v, page, colour] as const)))(
    'gives %s text at least 4.5:1 against the %s',
    (verdict, _page, background) => {
      expect(contrast(VERDICT_COLOURS[verdict], background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(VERDICTS)('paints %s marks in the text with its colour and a line style of its own, at least 3:1', (verdict) => {
    const rule = new RegExp(`::highlight\\(claim-${verdict}\\)\\s*\\{([^}]*)\\}`).exec(WORKBENCH)?.[1] ?? '';
    const decoration = /text-decoration:\s*underline\s+(\w+)\s+var\(--([\w-]+)\)/.exec(rule);
    expect(decoration?.[2]).toBe(verdict);
    expect(contrast(root[decoration![2]!]!, PAGES.surface)).toBeGreaterThanOrEqual(3);
  });

  it('gives each verdict a different line style in the text', () => {
    const styles = VERDICTS.map((v) => new RegExp(`::highlight\\(claim-${v}\\)\\s*\\{[^}]*underline\\s+(\\w+)`).exec(WORKBENCH)?.[1]);
    expect(new Set(styles).size).toBe(VERDICTS.length);
  });

  it.each(VERDICTS)('shows the sign of %s before its name in lists', (verdict) => {
    expect(PANEL).toContain(`.verdict-tag.verdict-${verdict}::before { content: '${VERDICT_SIGNS[verdict]}`);
  });

  it('writes no verdict colour as a literal outside the root rule', () => {
    const sheets = [BASE.replace(/:root\s*\{[^}]*\}/, ''), WORKBENCH, PANEL, css('features/review/review.css'), css('features/history/history.css')];
    const literals = Object.values(VERDICT_COLOURS).concat(['#c62828', '#d4a017']);
    expect(sheets.flatMap((sheet) => literals.filter((hex) => sheet.toLowerCase().includes(hex)))).toEqual([]);
  });
});
