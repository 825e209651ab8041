// How many claims the chosen scope holds, and why none when it is empty, before anyone downloads an empty file.
import type { UseQueryResult } from '@tanstack/react-query';
import { approvedOnly, type ExportForm } from '../export-form.ts';
import type { ScopeSummary } from '../api/get-scope-summary.ts';

/** The claims the report will hold: those matching the filters, and approved when approved-only is on. */
export function claimsInScope(summary: ScopeSummary, form: ExportForm): number {
  return approvedOnly(form) ? summary.byReview.approved : summary.total;
}

const plural = (n: number) => `${n} ${n === 1 ? 'claim' : 'claims'}`;

interface ScopeCountProps {
  form: ExportForm;
  chosen: boolean;
  summary: UseQueryResult<ScopeSummary>;
}

export function ScopeCount({ form, chosen, summary }: ScopeCountProps) {
  if (!chosen) return <p className="scope-count" role="status">Choose an article to export its claims.</p>;
  if (summary.error) {
    return (
      <p className="scope-count field-error" role="alert">
        The claims in scope could not be counted: {summary.error.message}
      </p>
    );
  }
  if (!summary.data) return <p className="scope-count" role="status">Counting the claims in scope…</p>;
  const count = claimsInScope(summary.data, form);
  const { total } = summary.data;
  if (count === 0) {
    const why =
      total > 0
        ? `${plural(total)} match, but an editor has approved none of them yet. Untick “Only claims an editor approved” for a working report, or ask an editor to review them.`
        : 'No claim matches this scope. Choose another article or loosen the filters.';
    return (
      <div className="scope-count scope-empty" role="status">
        <strong>Nothing to export.</strong> {why}
      </div>
    );
  }
  return (
    <p className="scope-count" role="status">
      <strong>{plural(count)}</strong> in this report
      {count < total ? ` (of ${total} matching; the others are not approved yet)` : ''}.
    </p>
  );
}
