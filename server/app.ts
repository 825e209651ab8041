// The HTTP application: security headers, JSON body handling, the API routers, the built client, one error middleware.
// Built from its dependencies so tests can run it on any store; only server/main.ts listens.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { LIMITS } from '../domain/limits.ts';
import { authenticate, currentUser, requireUser } from './auth/sessions.ts';
import { HttpError, errorMiddleware } from './errors.ts';
import { refuseForbiddenKeys } from './forbidden-keys.ts';
import { createHtmlExtractor, type HtmlExtractor } from './intake/html-extractor.ts';
import { refuseDeepJson } from './json-depth.ts';
import { createLogger, failureLog, logRequests, type Logger } from './logging.ts';
import { probesRouter } from './probes.ts';
import { articlesRouter } from './routes/articles.ts';
import { claimsRouter } from './routes/claims.ts';
import type { RouteDeps } from './routes/deps.ts';
import { publicationsRouter } from './routes/publications.ts';
import { publicPagesRouter } from './routes/public-pages.ts';
import { ratingScaleRouter } from './routes/rating-scale.ts';
import { reportsRouter } from './routes/reports.ts';
import { sessionRouter } from './routes/session.ts';
import { settingsRouter } from './routes/settings.ts';
import { peopleRouter, usersRouter } from './routes/users.ts';
import { sourcesRouter } from './routes/sources.ts';
import { createPdfRenderer, type PdfRenderer } from './reports/pdf-renderer.ts';
import { createExportLimiter, type ExportLimiter } from './reports/export-limiter.ts';
import { createReportBuilder, type ReportBuilder } from './reports/report-builder.ts';
import type { Readiness, Store } from './store/repositories.ts';
import { createSuggester, type Suggester } from './suggestions/suggester.ts';

export interface AppDeps {
  store: Store;
  clock?: () => Date;
  newId?: () => string;
  /** The built SPA (client/dist); when absent, only the API is served. */
  clientDir?: string | null;
  /** One line per request, and the failures (server/logging.ts); default: no request lines, failures to stderr. */
  logger?: Logger;
  /** Takes the failures instead of `logger`, as text with their stacks (tests collect them). */
  log?: (message: string) => void;
  /** What GET /api/ready answers (server/probes.ts); default: always ready. */
  ready?: () => Promise<Readiness>;
  /** scrypt cost for new password hashes (default 2^15; tests pass a small one). */
  passwordCost?: number;
  /** Set the Secure flag on cookies (when served over HTTPS). */
  secureCookies?: boolean;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For and -Proto to believe (default none). */
  trustProxy?: number | string | false;
  /** The only base of absolute links in reports (e.g. https://claims.example.org); none when null. */
  publicBaseUrl?: string | null;
  /** Prints reports to PDF; default: headless Chromium at CHROMIUM_PATH or /usr/bin/chromium, launched on first use. */
  pdf?: PdfRenderer;
  /** Builds report files off the event loop; default: one worker thread started on first use. */
  reportBuilder?: ReportBuilder;
  /** How many report downloads run at once; default: LIMITS.exportsPerUser per person, LIMITS.exportsPerServer in all. */
  exportLimiter?: ExportLimiter;
  /** Reads HTML pages for intake in a worker with time and memory limits; default: one started on first use. */
  htmlExtractor?: HtmlExtractor;
  /** Suggests statements in a worker thread; default: one started on first use. */
  suggester?: Suggester;
}

const hasBody = (req: express.Request) =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';

/** A body that is not JSON gets 415 before anything reads it. */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (hasBody(req) && !req.is('application/json')) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the request body as application/json', 'body');
  }
  next();
};

export function createApp(deps: AppDeps): Express {
  const clock = deps.clock ?? (() => new Date());
  const newId = deps.newId ?? (() => randomUUID());
  const logger = deps.logger ?? createLogger('silent');
  const routeDeps: RouteDeps = {
    store: deps.store,
    clock,
    context: (res) => ({ now: clock().toISOString(), newId, userId: res.locals.user ? currentUser(res.locals).id : null }),
    passwordCost: deps.passwordCost ?? 2 ** 15,
    secureCookies: deps.secureCookies ?? false,
    publicBaseUrl: deps.publicBaseUrl ?? null,
    htmlExtractor: deps.htmlExtractor ?? createHtmlExtractor(),
    suggester: deps.suggester ?? createSuggester(),
  };

  const app = express();
  app.disable('x-powered-by');
  // API answers change with every write and the client never revalidates: hashing megabytes of JSON for an ETag is waste.
  app.set('etag', false);
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(logRequests(logger));
  // Over plain HTTP (the default: localhost or a newsroom LAN), asking browsers to upgrade to HTTPS would break
  // the app, so HSTS and upgrade-insecure-requests follow the secure-cookie setting.
  const secure = deps.secureCookies ?? false;
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': secure ? [] : null,
        },
      },
      strictTransportSecurity: secure,
    }),
  );

  // Gzip what is sent (an article with its sentences is large; a streamed export compresses as it goes). PDFs and
  // zips are compressed already and not by the default filter, so they keep the Content-Length that the export
  // screen shows progress against. (A filter on `req.path` meant to skip reports never did: routers rewrite the path.)
  app.use(compression());

  const api = express.Router();
  // API answers hold private data (claims, people, reports): no browser or proxy may keep a copy (issue 13).
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(probesRouter(deps.ready ?? (async () => ({ ready: true }))));
  api.use(requireJsonBody, express.json({ limit: LIMITS.bodyBytes, type: 'application/json', verify: refuseDeepJson }), refuseForbiddenKeys);
  api.use(cookieParser(), authenticate(deps.store, clock));
  // Set-up and sign-in are open; every other route needs a session (and a CSRF token to change anything).
  api.use(sessionRouter(routeDeps));
  api.use(requireUser);
  api.use('/users', usersRouter(routeDeps));
  api.use('/people', peopleRouter(routeDeps));
  api.use('/sources', sourcesRouter(routeDeps));
  api.use('/articles/:id/publication', publicationsRouter(routeDeps));
  api.use('/articles', articlesRouter(routeDeps));
  api.use('/claims', claimsRouter(routeDeps));
  api.use('/settings', settingsRouter(routeDeps));
  api.use('/rating-scale', ratingScaleRouter(routeDeps));
  api.use(
    '/reports',
    reportsRouter(routeDeps, deps.pdf ?? createPdfRenderer(), deps.reportBuilder ?? createReportBuilder(), deps.exportLimiter ?? createExportLimiter()),
  );
  api.use((req) => {
    throw new HttpError(404, 'not_found', `No API route for ${req.method} ${req.baseUrl}${req.path}`, undefined, { params: { kind: 'route' } });
  });
  app.use('/api', api);
  // The public fact-check pages: no session, their own CSP and caching (issue 15).
  app.use('/v', publicPagesRouter(deps.store, clock));

  const clientDir = deps.clientDir;
  if (clientDir && existsSync(join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
    // Every other GET is a client-side route: answer with the SPA.
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(clientDir, 'index.html'));
    });
  } else if (clientDir) {
    app.get('/', (_req, res) => {
      res.status(503).type('text').send('The client is not built: run `npm run build` (npm start does this for you).');
    });
  }

  app.use(errorMiddleware(failureLog(deps.logger, deps.log)));
  return app;
}
