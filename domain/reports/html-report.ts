// The human report: one standalone, printable HTML5 document (inline style, no script, no external asset but the fonts
// the server passes in), in the template's language and direction, with each quote in its own. PDF is printed from it.
import type { VerdictDefinition } from '../rating-scale.ts';
import type { Article, Sentence } from '../schemas.ts';
import { splitSentences } from '../split-sentences.ts';
import { buildSourceChart } from './html-chart.ts';
import { renderClaim, verdictBadge, type ClaimSectionContext } from './html-claim.ts';
import { REPORT_CSS, verdictCss } from './html-styles.ts';
import { bdi, esc, langDir, link } from './html-text.ts';
import { resolveLabels, type ReportLabels } from './labels.ts';
import { reportFormat, type ReportFormat } from './locale-format.ts';
import { reportScale, type ReportInput } from './report-input.ts';
import { countBySource, countByVerdict, indexReport, reportVerdicts, sourceName, type ReportIndex } from './summary.ts';
import type { TextBuilder } from './builder.ts';

const row = (label: string, value: string, attrs = '') => `<dt>${esc(label)}</dt><dd${attrs}>${value}</dd>`;
const time = (iso: string, shown: string) => `<time datetime="${esc(iso)}">${esc(shown)}</time>`;

function articleSection(article: Article, labels: ReportLabels, format: ReportFormat): string {
  const muted = `<span class="muted">${esc(labels.notRecorded)}</span>`;
  return (
    `<section class="article" id="article-${esc(article.id)}"><h3 dir="auto">${esc(article.title)}</h3><dl class="facts">` +
    row(labels.outlet, article.outlet ? bdi(article.outlet) : muted) +
    row(labels.published, article.publishedAt ? time(article.publishedAt, format.day(article.publishedAt)) : muted) +
    row(labels.articleLanguage, esc(format.language(article.language))) +
    row(labels.articleLink, article.url ? link(article.url, article.url, { className: 'bare' }) : muted) +
    `</dl></section>`
  );
}

function summarySection(index: ReportIndex, verdicts: readonly VerdictDefinition[], labels: ReportLabels, format: ReportFormat): string {
  const n = format.number;
  const scale = { verdicts: [...verdicts], worstRating: 0, bestRating: 1 };
  const counts = countByVerdict(index.claims, scale);
  const byVerdict = verdicts
    .map((v) => `<tr><th scope="row">${verdictBadge(labels, v)}</th><td class="n">${esc(n(counts[v.key] ?? 0))}</td></tr>`)
    .join('');
  // A source named in the template language gets that lang (for its font); its main name keeps none.
  const sources = countBySource(index, scale).map((r) => ({
    ...r,
    name: r.source ? sourceName(r.source, labels.language) : labels.unknownSource,
    ...(r.source?.names[labels.language] && { lang: labels.language }),
  }));
  const cells = (r: (typeof sources)[number]) => verdicts.map((v) => `<td class="n">${esc(n(r.counts[v.key] ?? 0))}</td>`).join('');
  const bySource = sources
    .map((r) => `<tr><th scope="row">${bdi(r.name, r.lang)}</th>${cells(r)}<td class="n"><strong>${esc(n(r.total))}</strong></td></tr>`)
    .join('');
  const head = verdicts.map((v) => `<th scope="col" class="n">${esc(labels.verdicts[v.key] ?? v.key)}</th>`).join('');
  const chart = buildSourceChart(sources, {
    id: 'chart-sources',
    title: labels.chartTitle,
    description: labels.chartDescription,
    direction: labels.direction,
    verdicts: verdicts.map((v) => ({ key: v.key, colour: v.colour, name: labels.verdicts[v.key] ?? v.key })),
    number: n,
    withColon: labels.withColon,
  });
  return (
    `<section aria-labelledby="summary-h"><h2 id="summary-h">${esc(labels.summaryHeading)}</h2>` +
    `<p>${esc(labels.claimCount(index.claims.length, n(index.claims.length)))}</p>` +
    `<table><caption>${esc(labels.byVerdict)}</caption><thead><tr><th scope="col">${esc(labels.verdictColumn)}</th>` +
    `<th scope="col" class="n">${esc(labels.countColumn)}</th></tr></thead><tbody>${byVerdict}</tbody></table>` +
    `<table><caption>${esc(labels.bySource)}</caption><thead><tr><th scope="col">${esc(labels.sourceColumn)}</th>${head}` +
    `<th scope="col" class="n">${esc(labels.totalColumn)}</th></tr></thead><tbody>${bySource}</tbody></table>` +
    (sources.length > 0 ? `<figure>${chart}<figcaption>${esc(labels.chartTitle)}</figcaption></figure>` : '') +
    `</section>`
  );
}

/** Builds the complete HTML document as a string. */
export function buildHtmlReport(input: ReportInput): string {
  const labels = resolveLabels(input);
  const format = reportFormat(input, labels);
  const index = indexReport(input);
  const verdicts = reportVerdicts(reportScale(input), index.claims);
  const sentences = new Map<string, readonly Sentence[]>();
  const ctx: ClaimSectionContext = {
    baseUrl: input.baseUrl,
    labels,
    format,
    index,
    verdicts: new Map(verdicts.map((v) => [v.key, v])),
    showArticle: input.articles.length > 1,
    sentencesOf: (article) => {
      let found = sentences.get(article.id);
      if (!found) sentences.set(article.id, (found = splitSentences(article.text, article.language)));
      return found;
    },
  };
  // The style element must not be closed early by whatever CSS the server passes in.
  const fontCss = (input.fontCss ?? '').replace(/<\/style/gi, '<\\/style');
  const claims = index.claims.map((claim, i) => renderClaim(ctx, claim, i + 1)).join('');
  return (
    `<!DOCTYPE html>\n<html${langDir(labels.language, labels.direction)}><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'">` +
    `<meta name="generator" content="Claimdesk"><title>${esc(labels.documentTitle(input.title))}</title>` +
    `<style>${fontCss}${REPORT_CSS}${verdictCss(verdicts)}</style></head><body>` +
    `<header><p class="kind">${esc(labels.reportKind)}</p><h1 dir="auto">${esc(input.title)}</h1><dl class="facts">` +
    row(labels.newsroom, link(input.newsroom.url, input.newsroom.name)) +
    row(labels.scope, esc(input.scope), ' dir="auto"') +
    row(labels.generatedAt, time(input.generatedAt, format.dateTime(input.generatedAt))) +
    `</dl></header><main>` +
    `<section aria-labelledby="articles-h"><h2 id="articles-h">${esc(labels.articlesHeading)}</h2>` +
    input.articles.map((a) => articleSection(a, labels, format)).join('') +
    `</section>${summarySection(index, verdicts, labels, format)}` +
    `<section aria-labelledby="claims-h"><h2 id="claims-h">${esc(labels.claimsHeading)}</h2>` +
    (claims || `<p class="muted">${esc(labels.noClaims)}</p>`) +
    `</section></main></body></html>\n`
  );
}

/** The HTML report's builder, for the format registry (formats.ts). */
export const builder: TextBuilder = { build: buildHtmlReport };
