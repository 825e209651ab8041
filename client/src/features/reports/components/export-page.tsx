// /export: choose a scope, a format and the report's language, see how many claims are in it, preview the HTML report,
// download the file. The URL's query string holds every choice, so a queue view's "Export this view" link opens the
// same scope.
import '../reports.css';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { useFormat } from '../../../i18n/format.ts';
import { exportSearch, readExportForm, reportParams, scopeChosen, scopeQuery, type ExportForm } from '../export-form.ts';
import { useScopeSummary } from '../api/get-scope-summary.ts';
import { ApprovedField } from './approved-field.tsx';
import { DownloadPanel } from './download-panel.tsx';
import { FormatFields } from './format-fields.tsx';
import { ReportLanguageField } from './report-language-field.tsx';
import { ReportPreview } from './report-preview.tsx';
import { ScopeCount, claimsInScope } from './scope-count.tsx';
import { ScopeFields } from './scope-fields.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

export function ExportPage() {
  const { t } = useTranslation('reports');
  useDocumentTitle(t('page.title'));
  const { language } = useFormat();
  const search = useSearch();
  const [, navigate] = useLocation();
  const form = readExportForm(search);
  const change = useCallback((next: ExportForm) => navigate(`/export?${exportSearch(next)}`, { replace: true }), [navigate]);

  const chosen = scopeChosen(form);
  const summary = useScopeSummary(scopeQuery(form), chosen);
  const count = summary.data ? claimsInScope(summary.data, form) : null;
  const params = reportParams(form, language);

  return (
    <main className="export-page">
      <h1>{t('page.title')}</h1>
      <div className="export-layout">
        <div className="export-choices">
          <ScopeFields form={form} onChange={change} />
          <FormatFields form={form} onChange={change} />
          <ReportLanguageField form={form} onChange={change} />
          <ApprovedField form={form} onChange={change} />
          {/* Stays in view at the bottom of the choices: the count and the button follow every change above. */}
          <div className="export-action">
            <ScopeCount form={form} chosen={chosen} summary={summary} />
            <DownloadPanel form={form} params={params} ready={count !== null && count > 0} claims={count} />
          </div>
        </div>
        <ReportPreview params={params} ready={count !== null && count > 0} chosen={chosen} />
      </div>
    </main>
  );
}
