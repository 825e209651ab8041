// /api/reports: one download per request, in any format, for one article or any filter of the claims queue; the data
// exports are streamed from the store's cursor as the client takes them, a PDF or package past
// LIMITS.reportPartClaims claims comes in parts, and downloads are limited per person and per server
// (export-limiter.ts). Each report reads one snapshot of the store (store.snapshot): its counts, lists and claims agree.
// The publication formats carry ClaimReview only for claims on a current public page, and say how many they leave out.
import { Router, type Response } from 'express';
import { claimReviewCoverage, type ClaimReviewCoverage } from '../../domain/reports/claimreview.ts';
import { isStreamedFormat, UNPUBLISHED_CLAIMS_HEADER, type ReportFormat } from '../../domain/reports/formats.ts';
import type { ReportStream } from '../../domain/reports/report-input.ts';
import { PUBLICATION_FORMATS, ReportQuerySchema } from '../../domain/requests.ts';
import { currentUser } from '../auth/sessions.ts';
import { conflict, parseOr400 } from '../errors.ts';
import { limitExports, type ExportLimiter } from '../reports/export-limiter.ts';
import { reportFontCss } from '../reports/report-fonts.ts';
import type { PdfRenderer } from '../reports/pdf-renderer.ts';
import type { ReportBuilder } from '../reports/report-builder.ts';
import { renderReport, renderReportStream, type RenderedReport } from '../reports/render-report.ts';
import { buildReportInput, streamReportInput } from '../reports/report-scope.ts';
import { requirePublishable } from '../publication/newsroom-gate.ts';
import { sendChunks } from '../reports/send-chunks.ts';
import type { RouteDeps } from './deps.ts';

/**
 * A publication format carries ClaimReview only for the claims on a current public page (issue 15): the response
 * says how many of its claims it leaves out, and a ClaimReview export none of whose claims is published is refused
 * with 409 `not_published`, before any byte is sent. `coverage` is null for the other formats.
 */
function announceCoverage(res: Response, format: ReportFormat, coverage: ClaimReviewCoverage | null): void {
  if (!coverage) return;
  if (format === 'claimreview' && coverage.published === 0 && coverage.unpublished > 0) {
    const { unpublished } = coverage;
    throw conflict(
      'not_published',
      `None of the ${unpublished} claim${unpublished === 1 ? '' : 's'} of this export is on a published page, and a ClaimReview must point at the public page that carries it: publish the article first (Publish, on its page in the workbench), then download the ClaimReview again`,
      undefined,
      { params: { kind: 'export', count: unpublished } },
    );
  }
  res.set(UNPUBLISHED_CLAIMS_HEADER, String(coverage.unpublished));
}

/** The coverage of a report whose claims are still to be read: counted by the store beforehand. */
const streamCoverage = (input: ReportStream): ClaimReviewCoverage | null =>
  input.publishedCount === undefined ? null : { published: input.publishedCount, unpublished: input.claimCount - input.publishedCount };

async function send(res: Response, report: RenderedReport): Promise<void> {
  res.attachment(report.fileName);
  res.type(report.contentType);
  if ('chunks' in report) await sendChunks(res, report.chunks);
  else res.send(report.body);
}

export function reportsRouter({ store, clock, publicBaseUrl }: RouteDeps, pdf: PdfRenderer, builder: ReportBuilder, limiter: ExportLimiter): Router {
  const router = Router();
  router.get('/', limitExports(limiter), async (req, res) => {
    const raw = parseOr400(ReportQuerySchema, { ...req.query }, 'query');
    const query = raw.userId === 'me' ? { ...raw, userId: currentUser(res.locals).id } : raw;
    // A publication format is signed by the newsroom and points at its public pages: refused (409) until the settings
    // name the newsroom and a reachable public base URL, whose addresses it then carries (issue 15, item 5).
    const publication = PUBLICATION_FORMATS.includes(query.format);
    const settings = publication ? requirePublishable(await store.read.settings.get()) : null;
    // Never the request's Host: links relative unless a public base URL is set.
    const baseUrl = settings?.publicBaseUrl ?? publicBaseUrl ?? '';
    const generatedAt = clock().toISOString();
    const { format } = query;
    if (isStreamedFormat(format)) {
      // Checked and counted first (a refusal is still answered with the error shape), then read while it is sent: a
      // 20,000-claim JSON export held every claim, and its text, in memory at once; now a slow client holds a batch.
      await store.snapshot(async (read) => {
        const input = await streamReportInput(read, query, baseUrl, generatedAt);
        announceCoverage(res, format, streamCoverage(input));
        await send(res, await renderReportStream(input, format));
      });
      return;
    }
    // Gathered in batches, the event loop free between them: a 20,000-claim scope in one go held every other request
    // up for 200-300 ms.
    const gathered = await store.snapshot((read) => buildReportInput(read, query, baseUrl, generatedAt));
    announceCoverage(res, format, gathered.publicClaimReviews ? claimReviewCoverage(gathered) : null);
    const input = { ...gathered, fontCss: await reportFontCss() };
    // A client that goes away stops its PDF being printed (and frees its slot: see limitExports).
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    const deps = { pdf, builder, histories: (ids: string[]) => store.read.audit.histories(ids), signal: gone.signal };
    const report = await renderReport(input, query.format, deps).catch((error: unknown) => {
      if (gone.signal.aborted) return null; // the print was dropped because nobody waits for it: nothing to answer
      throw error;
    });
    if (report) await send(res, report);
  });
  return router;
}
