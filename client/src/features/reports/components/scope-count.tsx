// How many claims the chosen scope holds, and why none when it is empty, before anyone downloads an empty file.
import type { UseQueryResult } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { useErrorText } from '../../../i18n/error-text.ts';
import { approvedOnly, type ExportForm } from '../export-form.ts';
import type { ScopeSummary } from '../api/get-scope-summary.ts';

/** The claims the report will hold: those matching the filters, and approved when approved-only is on. */
export function claimsInScope(summary: ScopeSummary, form: ExportForm): number {
  return approvedOnly(form) ? summary.byReview.approved : summary.total;
}

interface ScopeCountProps {
  form: ExportForm;
  chosen: boolean;
  summary: UseQueryResult<ScopeSummary>;
}

export function ScopeCount({ form, chosen, summary }: ScopeCountProps) {
  const { t } = useTranslation('reports');
  const errorText = useErrorText();
  if (!chosen) return <p className="scope-count" role="status">{t('count.chooseArticle')}</p>;
  if (summary.error) {
    return (
      <p className="scope-count field-error" role="alert">
        {t('count.failed', { message: errorText(summary.error) })}
      </p>
    );
  }
  if (!summary.data) return <p className="scope-count" role="status">{t('count.counting')}</p>;
  const count = claimsInScope(summary.data, form);
  const { total } = summary.data;
  const strong = { strong: <strong /> };
  if (count === 0) {
    return (
      <div className="scope-count scope-empty" role="status">
        {total > 0 ? (
          <Trans t={t} i18nKey="count.noneApproved" count={total} components={strong} />
        ) : (
          <Trans t={t} i18nKey="count.noMatch" components={strong} />
        )}
      </div>
    );
  }
  return (
    <p className="scope-count" role="status">
      <Trans t={t} i18nKey={count < total ? 'count.inReportOf' : 'count.inReport'} count={count} values={{ total }} components={strong} />
    </p>
  );
}
