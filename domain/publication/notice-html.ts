// The public pages that say there is nothing to read (issue 15, item 3): 404, the same whether the address never
// existed or holds an unpublished draft (it reveals nothing), and 410 for a withdrawn fact-check, with its reason.
import { reportLabels } from '../reports/labels.ts';
import { reportFormat } from '../reports/locale-format.ts';
import { esc, textDirection } from '../reports/html-text.ts';
import type { Publication, Settings } from '../schemas.ts';
import { pageLanguage } from './claim-reviews.ts';
import { pageLabels } from './page-labels.ts';
import { pageShell } from './page-shell.ts';

/** The 404 page, in the newsroom's default language. */
export function notFoundHtml(settings: Pick<Settings, 'defaultReportLanguage'>): string {
  const words = pageLabels(settings.defaultReportLanguage);
  return pageShell({
    lang: settings.defaultReportLanguage,
    title: words.notFoundTitle,
    head: '<meta name="robots" content="noindex">\n',
    body: `<main><h1>${esc(words.notFoundTitle)}</h1>\n<p>${esc(words.notFound)}</p></main>`,
  });
}

/** The 410 page of a withdrawn publication: when, and why, in the article's language. */
export function withdrawnHtml(publication: Publication, settings: Pick<Settings, 'defaultReportLanguage'>): string {
  const language = pageLanguage(publication, settings);
  const words = pageLabels(language);
  const format = reportFormat({}, reportLabels(language));
  const { title } = publication.snapshot.article;
  const reason = publication.withdrawnReason
    ? `<p>${esc(words.reason)} <bdi dir="${textDirection(publication.withdrawnReason)}">${esc(publication.withdrawnReason)}</bdi></p>`
    : '';
  return pageShell({
    lang: publication.snapshot.article.language,
    title: words.withdrawnTitle,
    head: '<meta name="robots" content="noindex">\n',
    body: `<main><h1>${esc(words.withdrawnTitle)}</h1>
<p dir="${textDirection(title)}">${esc(title)}</p>
<p>${esc(words.withdrawn(format.day(publication.withdrawnAt ?? publication.publishedAt)))}</p>
${reason}</main>`,
  });
}
