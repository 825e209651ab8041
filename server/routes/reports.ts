// /api/reports: one download per request, in any format, for one article or any filter of the claims queue; the data
// exports are streamed from the store's cursor as the client takes them, a PDF or package past
// LIMITS.reportPartClaims claims comes in parts, and downloads are limited per person and per server
// (export-limiter.ts). Each report reads one snapshot of the store (store.snapshot): its counts, lists and claims agree.
import { Router, type Response } from 'express';
import { isStreamedFormat } from '../../domain/reports/formats.ts';
import { PUBLICATION_FORMATS, ReportQuerySchema } from '../../domain/requests.ts';
import { currentUser } from '../auth/sessions.ts';
import { parseOr400 } from '../errors.ts';
import { limitExports, type ExportLimiter } from '../reports/export-limiter.ts';
import { reportFontCss } from '../reports/report-fonts.ts';
import type { PdfRenderer } from '../reports/pdf-renderer.ts';
import type { ReportBuilder } from '../reports/report-builder.ts';
import { renderReport, renderReportStream, type RenderedReport } from '../reports/render-report.ts';
import { buildReportInput, streamReportInput } from '../reports/report-scope.ts';
import { requirePublishable } from '../publication/newsroom-gate.ts';
import { sendChunks } from '../reports/send-chunks.ts';
import type { RouteDeps } from './deps.ts';

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
      await store.snapshot(async (read) => send(res, await renderReportStream(await streamReportInput(read, query, baseUrl, generatedAt), format)));
      return;
    }
    // Gathered in batches, the event loop free between them: a 20,000-claim scope in one go held every other request
    // up for 200-300 ms.
    const gathered = await store.snapshot((read) => buildReportInput(read, query, baseUrl, generatedAt));
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
