// /api/reports: one download per request, in any format, for one article or any filter of the claims queue.
import { Router } from 'express';
import { ReportQuerySchema } from '../../domain/requests.ts';
import { claimHistory } from '../services/audit.ts';
import { currentUser } from '../auth/sessions.ts';
import { parseOr400 } from '../errors.ts';
import { reportFontCss } from '../reports/report-fonts.ts';
import type { PdfRenderer } from '../reports/pdf-renderer.ts';
import type { ReportBuilder } from '../reports/report-builder.ts';
import { renderReport } from '../reports/render-report.ts';
import { buildReportInput } from '../reports/report-scope.ts';
import type { RouteDeps } from './deps.ts';

export function reportsRouter({ store, clock, publicBaseUrl }: RouteDeps, pdf: PdfRenderer, builder: ReportBuilder): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const raw = parseOr400(ReportQuerySchema, { ...req.query }, 'query');
    const query = raw.userId === 'me' ? { ...raw, userId: currentUser(res.locals).id } : raw;
    const data = store.read();
    const baseUrl = publicBaseUrl ?? ''; // never the request's Host: links relative unless PUBLIC_BASE_URL is set
    const input = { ...buildReportInput(data, query, baseUrl, clock().toISOString()), fontCss: await reportFontCss() };
    const report = await renderReport(input, query.format, { pdf, builder, historyOf: (id) => claimHistory(data, id) });
    res.attachment(report.fileName);
    res.type(report.contentType);
    res.send(report.body);
  });
  return router;
}
