// "Only claims an editor approved": on by default for what a newsroom publishes, and said why.
import { PUBLICATION_FORMATS } from '../../../../../domain/requests.ts';
import { approvedOnly, type ExportForm } from '../export-form.ts';
import { FORMAT_META } from '../report-formats.ts';

export function ApprovedField({ form, onChange }: { form: ExportForm; onChange: (next: ExportForm) => void }) {
  const publication = PUBLICATION_FORMATS.includes(form.format);
  const help = publication
    ? `${FORMAT_META[form.format].label} is meant for publication under your newsroom’s name, so it holds only claims an editor approved unless you untick this.`
    : 'Untick for a working report of every claim in scope; tick it for what you would publish.';
  return (
    <div className="export-section approved-field">
      <label className="choice">
        <input
          type="checkbox"
          checked={approvedOnly(form)}
          aria-describedby="approved-help"
          onChange={(e) => onChange({ ...form, approved: e.target.checked ? 'only' : 'all' })}
        />
        Only claims an editor approved
      </label>
      <p id="approved-help" className="hint">
        {help}
      </p>
    </div>
  );
}
