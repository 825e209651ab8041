// The HTML report's stylesheet: screen and print (A4), logical properties only so that one sheet serves left-to-right
// and right-to-left templates, and verdict colours (the desk's rating scale: verdictCss) always paired with the
// verdict's sign and name.
import type { VerdictDefinition } from '../rating-scale.ts';

/** One rule per verdict: its colour, by the class `v-<key>` that a claim and its badge carry. */
export function verdictCss(verdicts: readonly Pick<VerdictDefinition, 'key' | 'colour'>[]): string {
  // Keys are slugs and colours #rrggbb (RatingScaleSchema): nothing here can end the rule or the style element.
  return verdicts.map((v) => `.v-${v.key} { --verdict: ${v.colour}; }`).join('\n');
}

export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --verdict: #57606a; --mark: #fff1a8; }
* { box-sizing: border-box; }
html { color: var(--ink); background: #fff; line-height: 1.5;
  font-family: 'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Amiri', 'Noto Naskh Arabic', 'Noto Sans Arabic', sans-serif; }
:lang(ar), :lang(fa), :lang(ur) { font-family: 'Amiri', 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; line-height: 1.8; }
body { max-width: 54rem; margin-block: 2rem; margin-inline: auto; padding-inline: 1.5rem; text-align: start; }
h1 { font-size: 1.7rem; margin-block: 0 .25rem; line-height: 1.3; }
h2 { font-size: 1.3rem; margin-block: 2rem .75rem; padding-block-end: .25rem; border-block-end: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin-block: 0; }
a { color: #0b57d0; overflow-wrap: anywhere; }
.kind { color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: .8rem; margin: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin-block: .75rem; }
dl.facts dt { color: var(--muted); font-weight: 600; }
dl.facts dd { margin: 0; min-width: 0; }
.article { padding-block: .75rem; }
.article + .article { border-block-start: 1px solid var(--rule); }
table { border-collapse: collapse; margin-block: .5rem 1rem; min-width: 50%; }
th, td { border-block-end: 1px solid var(--rule); padding-block: .3rem; padding-inline: .5rem; text-align: start; }
td.n, th.n { text-align: end; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding-block-end: .25rem; }
figure { margin-inline: 0; margin-block: 1rem; }
figcaption { color: var(--muted); font-size: .9rem; }
svg { max-width: 100%; height: auto; }
.badge { display: inline-block; padding-block: .1rem; padding-inline: .6rem; border-radius: 999px; color: #fff;
  font-size: .85rem; font-weight: 700; white-space: nowrap; }
.badge[data-sign]::before { content: attr(data-sign); margin-inline-end: .35em; }
.badge { background: var(--verdict); }
.claim { border: 1px solid var(--rule); border-inline-start: 6px solid var(--verdict); border-radius: 4px;
  padding-block: .9rem; padding-inline: 1rem; margin-block: 1rem; }
.claim-head { display: flex; gap: .75rem; align-items: baseline; flex-wrap: wrap; }
.claim-gist { display: block; font-size: .9rem; font-weight: normal; color: #57606a; }
blockquote { margin-block: .75rem; margin-inline: 0; padding-inline-start: .9rem; border-inline-start: 3px solid var(--rule);
  font-size: 1.2rem; white-space: pre-line; }
.context { white-space: pre-line; margin: 0; }
mark { background: var(--mark); color: inherit; }
.note { white-space: pre-line; margin: 0; }
ul.evidence { margin: 0; padding-inline-start: 1.2rem; }
.muted { color: var(--muted); }
footer { margin-block-start: 2rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; margin: 0; padding: 0; }
  h2, h3, .claim-head { break-after: avoid; }
  .claim, figure, tr { break-inside: avoid; }
  .badge, .claim, mark, svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  a[href]:not(.bare)::after { content: " <" attr(href) ">"; direction: ltr; unicode-bidi: isolate; color: var(--muted);
    font-size: .85em; overflow-wrap: anywhere; }
}
`;
