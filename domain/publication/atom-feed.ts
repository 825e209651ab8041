// The Atom 1.0 feed of published fact-checks (GET /v/feed.atom, RFC 4287): the feed's id, title, updated, author and
// rel="self" link, and an entry per page (id, title, updated, published, link, summary), newest first.
import { esc } from '../reports/html-text.ts';
import type { Publication } from '../schemas.ts';
import { newsroomNameIn, type PublishingSettings } from './claim-reviews.ts';
import { pageLabels } from './page-labels.ts';
import { publicFeedUrl, publicIndexUrl, publicPageUrl } from './urls.ts';

/** When a page last changed for its readers: its latest correction, else the version's publication. */
const updatedOf = (p: Publication) => p.corrections.at(-1)?.date ?? p.publishedAt;

/** The feed; `now` is its `updated` when nothing is published yet. */
export function atomFeed(publications: readonly Publication[], settings: PublishingSettings, now: string): string {
  const language = settings.defaultReportLanguage;
  const words = pageLabels(language);
  const newsroom = newsroomNameIn(settings, language);
  const updated = publications.map(updatedOf).reduce((a, b) => (b > a ? b : a), publications.length > 0 ? '' : now);
  const author = `<author><name>${esc(newsroom)}</name>${settings.newsroomUrl ? `<uri>${esc(settings.newsroomUrl)}</uri>` : ''}</author>`;
  const entries = publications.map((p) => {
    const url = publicPageUrl(settings.publicBaseUrl, p.slug);
    const { article, claims, firstPublishedAt } = p.snapshot;
    return `<entry xml:lang="${esc(article.language)}">
<id>${esc(url)}</id>
<title>${esc(article.title)}</title>
<updated>${esc(updatedOf(p))}</updated>
<published>${esc(firstPublishedAt)}</published>
<link rel="alternate" type="text/html" href="${esc(url)}"/>
<summary>${esc(words.claimCount(claims.length, String(claims.length)))}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${esc(language)}">
<id>${esc(publicIndexUrl(settings.publicBaseUrl))}</id>
<title>${esc(words.indexTitle(newsroom))}</title>
<updated>${esc(updated)}</updated>
${author}
<link rel="self" type="application/atom+xml" href="${esc(publicFeedUrl(settings.publicBaseUrl))}"/>
<link rel="alternate" type="text/html" href="${esc(publicIndexUrl(settings.publicBaseUrl))}"/>
${entries.join('\n')}
</feed>
`;
}
