// /v: the public fact-check pages (issue 15, item 3), for anyone, no session: each publication's page, the index and
// the Atom feed, finished HTML (or XML) built by domain/publication/, with a strict CSP and caching headers (an ETag
// of the body, 304 when it matches). Unknown and unpublished slugs answer the same 404; a withdrawn page 410.
import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { atomFeed } from '../../domain/publication/atom-feed.ts';
import { publicationBlockers } from '../../domain/publication/blockers.ts';
import type { PublishingSettings } from '../../domain/publication/claim-reviews.ts';
import { publicIndexHtml } from '../../domain/publication/index-html.ts';
import { notFoundHtml, withdrawnHtml } from '../../domain/publication/notice-html.ts';
import { PAGE_CSS } from '../../domain/publication/page-css.ts';
import { publicationPageHtml } from '../../domain/publication/page-html.ts';
import { parseVerdictStylesheet, PUBLIC_PAGE_CSP } from '../../domain/publication/page-shell.ts';
import { verdictCss } from '../../domain/reports/html-styles.ts';
import { IdSchema, type Settings } from '../../domain/schemas.ts';
import { reportFontCss } from '../reports/report-fonts.ts';
import type { Store } from '../store/repositories.ts';

/** How long browsers and proxies may keep a public page before asking again (a correction shows within this). */
const MAX_AGE_SECONDS = 300;
/** How many publications the index and the feed list. */
const LISTED = 200;

const publishing = (settings: Settings): settings is PublishingSettings => publicationBlockers(settings).length === 0;

/** Sends `body` with the public pages' headers, or 304 when the client holds this very body. */
function sendPublic(req: Request, res: Response, status: number, type: string, body: string): void {
  res.setHeader('Content-Security-Policy', PUBLIC_PAGE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.type(type);
  if (status !== 200) {
    res.setHeader('Cache-Control', 'no-cache');
    res.status(status).send(body);
    return;
  }
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`);
  const held = req.headers['if-none-match'];
  if (held && held.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end();
    return;
  }
  res.status(200).send(body);
}

export function publicPagesRouter(store: Store, clock: () => Date): Router {
  const router = Router();
  router.get('/page.css', async (req, res) => {
    sendPublic(req, res, 200, 'text/css', `${await reportFontCss()}\n${PAGE_CSS}`);
  });
  router.get('/verdicts/:name.css', (req, res) => {
    const verdicts = parseVerdictStylesheet(req.params.name);
    if (!verdicts) return sendPublic(req, res, 404, 'text/css', '');
    sendPublic(req, res, 200, 'text/css', `${verdictCss(verdicts)}\n`);
  });
  router.get('/feed.atom', async (req, res) => {
    const settings = await store.read.settings.get();
    if (!publishing(settings)) return sendPublic(req, res, 404, 'html', notFoundHtml(settings));
    const listed = await store.read.publications.listPublished(LISTED);
    sendPublic(req, res, 200, 'application/atom+xml', atomFeed(listed, settings, clock().toISOString()));
  });
  router.get('/', async (req, res) => {
    const settings = await store.read.settings.get();
    if (!publishing(settings)) return sendPublic(req, res, 404, 'html', notFoundHtml(settings));
    sendPublic(req, res, 200, 'html', publicIndexHtml(await store.read.publications.listPublished(LISTED), settings));
  });
  router.get('/:slug', async (req, res) => {
    const settings = await store.read.settings.get();
    const slug = IdSchema.safeParse(req.params.slug);
    const publication = slug.success && publishing(settings) ? await store.read.publications.latestBySlug(slug.data) : undefined;
    if (!publication || !publishing(settings)) return sendPublic(req, res, 404, 'html', notFoundHtml(settings));
    if (publication.status === 'withdrawn') return sendPublic(req, res, 410, 'html', withdrawnHtml(publication, settings));
    sendPublic(req, res, 200, 'html', publicationPageHtml(publication, settings));
  });
  return router;
}
