// The public index of published fact-checks (GET /v/, issue 15, item 3): newest first, each with its outlet, date
// and number of claims, in the newsroom's default language; each title in its own language and direction.
import { reportLabels } from '../reports/labels.ts';
import { reportFormat } from '../reports/locale-format.ts';
import { esc, textDirection } from '../reports/html-text.ts';
import type { Publication } from '../schemas.ts';
import { newsroomNameIn, type PublishingSettings } from './claim-reviews.ts';
import { pageLabels } from './page-labels.ts';
import { pageShell } from './page-shell.ts';
import { publicFeedUrl, publicIndexUrl, publicPageUrl } from './urls.ts';

export function publicIndexHtml(publications: readonly Publication[], settings: PublishingSettings): string {
  const language = settings.defaultReportLanguage;
  const words = pageLabels(language);
  const format = reportFormat({}, reportLabels(language));
  const newsroom = newsroomNameIn(settings, language);
  const items = publications.map((p) => {
    const { article, claims, firstPublishedAt } = p.snapshot;
    const count = words.claimCount(claims.length, format.number(claims.length));
    return `<li><a href="${esc(publicPageUrl(settings.publicBaseUrl, p.slug))}" lang="${esc(article.language)}" dir="${textDirection(article.title)}">${esc(article.title)}</a>
<p class="byline">${article.outlet ? `<bdi>${esc(article.outlet)}</bdi> · ` : ''}${esc(format.day(firstPublishedAt))} · ${esc(count)}</p></li>`;
  });
  const title = words.indexTitle(newsroom);
  return pageShell({
    lang: language,
    title,
    head: `<link rel="canonical" href="${esc(publicIndexUrl(settings.publicBaseUrl))}">
<link rel="alternate" type="application/atom+xml" href="${esc(publicFeedUrl(settings.publicBaseUrl))}" title="${esc(words.feed)}">\n`,
    body: `<main><h1>${esc(title)}</h1>
${items.length > 0 ? `<ul class="index">${items.join('\n')}</ul>` : `<p>${esc(words.indexEmpty)}</p>`}
<p><a href="${esc(publicFeedUrl(settings.publicBaseUrl))}">${esc(words.feed)}</a></p></main>`,
  });
}
