// How the client draws the desk's verdicts (issue 18): the names of their text highlights and the stylesheet that
// paints them, their keys, their filter options and the order of the desk chart, all read off a rating scale. Pure,
// so each is unit-tested (tests/client/lib/verdict-view.test.ts); nothing here names a verdict.
import type { CSSProperties } from 'react';
import type { UiLanguage } from '@domain/locales.ts';
import type { RatingScale, VerdictDefinition } from '@domain/rating-scale.ts';

type Scale = Pick<RatingScale, 'verdicts'>;

/** The CSS highlight a verdict's claims are painted with (`::highlight(verdict-false)`). */
export const verdictHighlight = (key: string) => `verdict-${key}`;

/** Line styles by place in the scale; after five, the same styles again, thicker (so none repeats up to 15). */
const LINE_STYLES = ['solid', 'wavy', 'dotted', 'dashed', 'double'] as const;

export interface VerdictLine {
  style: (typeof LINE_STYLES)[number];
  /** In px. */
  thickness: number;
}

/** The underline of the verdict at `index` of its scale: its own style and thickness, so marks differ without colour. */
export function verdictLine(index: number): VerdictLine {
  const style = LINE_STYLES[index % LINE_STYLES.length]!;
  const round = Math.floor(index / LINE_STYLES.length);
  return { style, thickness: (style === 'dotted' ? 2 : 1) + 1.5 * round };
}

/**
 * The `::highlight()` rules of a scale's verdicts: a tint of the colour (20 %) and the verdict's underline. The rules
 * must be in a stylesheet (an element cannot be styled by a highlight name), so the app writes them into a <style>.
 */
export function highlightStyleSheet(scale: Scale): string {
  return scale.verdicts
    .map((v, i) => {
      const line = verdictLine(i);
      const declarations: Array<[property: string, value: string]> = [
        ['background-color', `${v.colour}33`],
        ['text-decoration', ['underline', line.style, v.colour].join(' ')],
        ['text-decoration-thickness', `${line.thickness}px`],
        ['text-underline-offset', '0.3em'],
      ];
      return `::highlight(${verdictHighlight(v.key)}) { ${declarations.map(([p, value]) => `${p}: ${value};`).join(' ')} }`;
    })
    .join('\n');
}

/** Inline custom properties that colour an element by its verdict (`.verdict-tag`, `.verdict-dot` … read `--verdict`). */
export function verdictStyle(verdict: VerdictDefinition | undefined): CSSProperties {
  return verdict ? ({ '--verdict': verdict.colour } as CSSProperties) : {};
}

/**
 * Letters the workbench already uses (j/k, n/p, m, e, and s/a/r for suggestions): a verdict whose shortcut is one of
 * them is set by its digit only (the preset "misleading" has m, which makes a claim).
 */
export const RESERVED_LETTERS: ReadonlySet<string> = new Set(['j', 'k', 'n', 'p', 'm', 'e', 's', 'a', 'r']);

/** The keys that set each verdict: its place in the scale (1–9) and its letter, unless the workbench reserves it. */
export function verdictKeys(scale: Scale): Array<{ verdict: VerdictDefinition; keys: string[] }> {
  return scale.verdicts.map((verdict, i) => ({
    verdict,
    keys: [...(i < 9 ? [String(i + 1)] : []), ...(RESERVED_LETTERS.has(verdict.shortcut) ? [] : [verdict.shortcut])],
  }));
}

/** The options of a verdict filter, in scale order, labelled in `language`. */
export function verdictOptions(scale: Scale, language: UiLanguage): Array<{ value: string; label: string }> {
  return scale.verdicts.map((v) => ({ value: v.key, label: v.labels[language] }));
}

/** The desk chart's stack: the verdicts that need an editor's review first, then the others, each group in scale order. */
export function chartStack(scale: Scale): VerdictDefinition[] {
  return [...scale.verdicts.filter((v) => v.needsReview), ...scale.verdicts.filter((v) => !v.needsReview)];
}

/** Counts by verdict key (a summary row), summed over the scale's verdicts; keys the scale lacks count too. */
export function totalOf(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, n) => sum + (typeof n === 'number' ? n : 0), 0);
}
