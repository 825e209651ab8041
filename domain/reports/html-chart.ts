// The summary chart of the HTML report: plain inline SVG, one horizontal bar per source stacked by verdict, each segment
// labelled with its count and a legend naming the verdicts, mirrored for right-to-left templates.
import type { Direction, VerdictCounts } from '../schemas.ts';
import { esc, textDirection } from './html-text.ts';

export interface ChartRow {
  name: string;
  lang?: string;
  counts: VerdictCounts;
  total: number;
}

export interface ChartOptions {
  id: string;
  title: string;
  description: string;
  direction: Direction;
  /** The verdicts stacked, in the scale's order: key, colour (the scale's) and name in the template language. */
  verdicts: readonly { key: string; colour: string; name: string }[];
  number: (n: number) => string;
  /** A label before its value, as the template language writes it ("Kremlin:", in French "Kremlin :"). */
  withColon: (label: string) => string;
}

const WIDTH = 640;
const LABEL_WIDTH = 190;
const GAP = 8;
const TOTAL_WIDTH = 40;
const ROW = 28;
const BAR = 18;
const NAME_MAX = 28;

function clip(name: string): string {
  const points = [...name];
  return points.length > NAME_MAX ? `${points.slice(0, NAME_MAX - 1).join('').trimEnd()}…` : name;
}

/** Builds the `<svg>`; the data is also in the summary tables, the SVG only draws it. */
export function buildSourceChart(rows: readonly ChartRow[], options: ChartOptions): string {
  const rtl = options.direction === 'rtl';
  // Mirror x for right-to-left templates; `side` is where the text sits relative to its anchor point.
  const X = (x: number) => (rtl ? WIDTH - x : x);
  const text = (x: number, y: number, content: string, side: 'before' | 'after' | 'middle', attrs = '') => {
    const dir = textDirection(content);
    const visualRight = (side === 'before') !== rtl; // text ends at x (ltr template) or starts there (rtl template)
    const anchor = side === 'middle' ? 'middle' : visualRight === (dir === 'ltr') ? 'end' : 'start';
    return `<text x="${X(x)}" y="${y}" text-anchor="${anchor}" direction="${dir}" unicode-bidi="embed" dominant-baseline="central"${attrs}>${esc(content)}</text>`;
  };
  const barStart = LABEL_WIDTH + GAP;
  const unit = (WIDTH - barStart - TOTAL_WIDTH) / Math.max(1, ...rows.map((r) => r.total));
  const legendY = rows.length * ROW + 16;
  const height = legendY + 20;
  const parts: string[] = [];

  rows.forEach((row, i) => {
    const y = i * ROW + 4;
    const mid = y + BAR / 2;
    const lang = row.lang ? ` lang="${esc(row.lang)}"` : '';
    parts.push(text(barStart - GAP, mid, clip(row.name), 'before', `${lang} class="chart-name"`));
    let x = barStart;
    for (const verdict of options.verdicts) {
      const count = row.counts[verdict.key] ?? 0;
      if (count === 0) continue;
      const w = count * unit;
      const label = `${options.withColon(row.name)} ${verdict.name} ${options.number(count)}`;
      parts.push(
        `<rect x="${rtl ? WIDTH - x - w : x}" y="${y}" width="${w}" height="${BAR}" fill="${esc(verdict.colour)}"><title>${esc(label)}</title></rect>`,
      );
      if (w >= 18) parts.push(text(x + w / 2, mid, options.number(count), 'middle', ' fill="#fff" font-weight="700"'));
      x += w;
    }
    parts.push(text(x + GAP, mid, options.number(row.total), 'after', ' font-weight="700"'));
  });

  let lx = barStart;
  for (const verdict of options.verdicts) {
    const name = verdict.name;
    parts.push(`<rect x="${rtl ? WIDTH - lx - 12 : lx}" y="${legendY - 6}" width="12" height="12" fill="${esc(verdict.colour)}"/>`);
    parts.push(text(lx + 18, legendY, name, 'after'));
    lx += 18 + [...name].length * 8 + 24;
  }

  const id = esc(options.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="13">` +
    `<title id="${id}-title">${esc(options.title)}</title><desc id="${id}-desc">${esc(options.description)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
