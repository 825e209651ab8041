// The public page of a publication (issue 15, item 3), as finished HTML: the article's title and outlet, each claim at
// `#claim-<n>` with its source, verdict, explanation, evidence, credits and dates, the dated corrections, a ClaimReview
// JSON-LD per claim, and canonical, OpenGraph and Twitter meta. Every value escaped (html-text.ts, json-in-html.ts).
import { jsonForHtml } from '../json-in-html.ts';
import { reportLabels, type ReportLabels } from '../reports/labels.ts';
import { reportFormat, type ReportFormat } from '../reports/locale-format.ts';
import { esc, link, textDirection } from '../reports/html-text.ts';
import type { Correction, Publication, PublishedClaim } from '../schemas.ts';
import { newsroomNameIn, pageLanguage, publicationClaimReviews, type PublishingSettings } from './claim-reviews.ts';
import { pageLabels, type PageLabels } from './page-labels.ts';
import { pageShell, verdictStylesheetPath } from './page-shell.ts';
import type { UiLanguage } from '../locales.ts';
import { publicFeedUrl, publicPageUrl } from './urls.ts';

interface Words {
  language: UiLanguage;
  page: PageLabels;
  report: ReportLabels;
  format: ReportFormat;
}

const meta = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${esc(key)}" content="${esc(value)}">\n`;

/** A value in its own direction, so that an Arabic name in a French page (or the reverse) keeps its order. */
const bidi = (text: string) => `<bdi dir="${textDirection(text)}">${esc(text)}</bdi>`;

function fact(label: string, value: string): string {
  return `<dt>${esc(label)}</dt><dd>${value}</dd>`;
}

function correctionLine(c: Correction, w: Words): string {
  return `<p class="correction"><strong>${esc(w.page.correction(w.format.day(c.date)))}</strong> ${bidi(c.note)}</p>`;
}

function claimSection(claim: PublishedClaim, corrections: readonly Correction[], language: string, w: Words): string {
  const n = w.format.number(claim.n);
  const evidence = claim.evidence.map((e) => `<li>${link(e.url, e.title ?? e.url)}</li>`).join('');
  const approved = claim.approvedBy
    ? `${bidi(claim.approvedBy)}${claim.approvedAt ? ` ${esc(w.report.approvedOn(w.format.day(claim.approvedAt)))}` : ''}`
    : '';
  const facts = [
    fact(w.report.source, claim.source ? bidi(claim.source.localName) : esc(w.report.unknownSource)),
    fact(w.report.verdict, `<span class="badge v-${esc(claim.verdict.key)}" data-sign="${esc(claim.verdict.sign)}">${esc(claim.verdict.labels[w.language])}</span>`),
    claim.note && fact(w.page.explanation, `<span class="note">${bidi(claim.note)}</span>`),
    evidence && fact(w.report.evidence, `<ul class="evidence">${evidence}</ul>`),
    claim.checkedBy && fact(w.report.checkedBy, bidi(claim.checkedBy)),
    approved && fact(w.report.approvedBy, approved),
  ].filter(Boolean);
  const own = corrections.filter((c) => c.claimId === claim.claimId).map((c) => correctionLine(c, w)).join('\n');
  return `<section class="claim v-${esc(claim.verdict.key)}" id="claim-${claim.n}" aria-labelledby="claim-${claim.n}-h">
<h2 id="claim-${claim.n}-h">${esc(w.page.claimHeading(n))}</h2>
<blockquote lang="${esc(language)}" dir="${textDirection(claim.quote)}">${esc(claim.quote)}</blockquote>
<dl class="facts">${facts.join('')}</dl>
${own}
</section>`;
}

/** The whole HTML of a published page, built with the newsroom's current settings. */
export function publicationPageHtml(publication: Publication, settings: PublishingSettings): string {
  const { snapshot } = publication;
  const { article } = snapshot;
  const language = pageLanguage(publication, settings);
  const report = reportLabels(language);
  const w: Words = { language, page: pageLabels(language), report, format: reportFormat({}, report) };
  const newsroom = newsroomNameIn(settings, language);
  const url = publicPageUrl(settings.publicBaseUrl, publication.slug);
  const description = w.page.claimCount(snapshot.claims.length, w.format.number(snapshot.claims.length));
  const head = [
    `<link rel="stylesheet" href="${esc(verdictStylesheetPath(snapshot.claims.map((c) => c.verdict)))}">\n`,
    `<link rel="canonical" href="${esc(url)}">\n`,
    `<link rel="alternate" type="application/atom+xml" href="${esc(publicFeedUrl(settings.publicBaseUrl))}" title="${esc(w.page.feed)}">\n`,
    meta('name', 'description', description),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', article.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:site_name', newsroom),
    meta('property', 'og:locale', article.language.replace('-', '_')),
    meta('property', 'article:published_time', snapshot.firstPublishedAt),
    ...(publication.corrections.length > 0 ? [meta('property', 'article:modified_time', publication.corrections.at(-1)!.date)] : []),
    ...(settings.logoUrl ? [meta('property', 'og:image', settings.logoUrl)] : []),
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', article.title),
    meta('name', 'twitter:description', description),
    ...publicationClaimReviews(publication, settings).map(
      (review) => `<script type="application/ld+json">${jsonForHtml({ '@context': 'https://schema.org', ...review })}</script>\n`,
    ),
  ].join('');
  const logo = settings.logoUrl ? `<img class="logo" src="${esc(settings.logoUrl)}" alt="" height="40">` : '';
  const corrections = publication.corrections.length > 0
    ? `<section class="corrections" aria-labelledby="corrections-h"><h2 id="corrections-h">${esc(w.page.correctionsHeading)}</h2>\n${publication.corrections.map((c) => correctionLine(c, w)).join('\n')}</section>`
    : '';
  const byline = [
    article.outlet && bidi(article.outlet),
    article.publishedAt && esc(w.format.day(article.publishedAt)),
    article.url && link(article.url, w.page.original),
  ].filter(Boolean).join(' · ');
  const body = `<header class="site">${logo}<p class="newsroom">${bidi(newsroom)}</p></header>
<main>
<article>
<p class="kind">${esc(w.page.factCheck)}</p>
<h1 dir="${textDirection(article.title)}">${esc(article.title)}</h1>
<p class="byline">${byline}</p>
<p class="published">${esc(w.page.publishedOn(w.format.day(snapshot.firstPublishedAt)))} · ${esc(w.page.version(w.format.number(publication.version)))}</p>
${corrections}
${snapshot.claims.map((c) => claimSection(c, publication.corrections, article.language, w)).join('\n')}
</article>
</main>`;
  return pageShell({ lang: article.language, title: `${article.title} · ${newsroom}`, head, body });
}
