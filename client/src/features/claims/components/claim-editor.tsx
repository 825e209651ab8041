// The selected claim: its quote, source, verdict, note and evidence, each saved as the user goes; read-only (and
// without Delete) where the access policy would refuse the change.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../../lib/ui-store.ts';
import type { Article, Claim } from '@domain/schemas.ts';
import { useClaimRefusal } from '../../../lib/auth/use-can.ts';
import { SourceCombobox } from '../../../components/source-combobox.tsx';
import { useUpdateClaim } from '../api/update-claim.ts';
import { useClaimActions } from '../use-claim-actions.ts';
import { ConflictNotice } from './conflict-notice.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { NoteField } from './note-field.tsx';
import { SaveError, SaveStatus } from './save-status.tsx';
import { VerdictButtons } from '../../../components/verdict-buttons.tsx';

/** The button that lets an approved claim be edited; the verdict keys send focus there first. */
export const EDIT_APPROVED_ID = 'edit-approved';

/** Parts of the editor that other features own; the app layer composes them in (features do not import each other). */
export interface ClaimEditorParts {
  /** The claim's review state, under its verdict. */
  review: (claim: Claim) => ReactNode;
  /** An editor's decision on the claim (withdraw an approval), after its fields: not locked with them. */
  decision: (claim: Claim) => ReactNode;
  /** The claim's history, after its fields. */
  history: (claim: Claim, article: Article) => ReactNode;
}

export function ClaimEditor({ claim, article, parts }: { claim: Claim; article: Article; parts: ClaimEditorParts }) {
  const { t } = useTranslation('claims');
  const { setVerdict, deleteClaim } = useClaimActions();
  const update = useUpdateClaim();
  const refusal = useClaimRefusal();
  const locked = refusal('claim.edit', claim);
  const deletable = refusal('claim.delete', claim) === null;
  const confirmed = useUiStore((s) => s.approvedEditConfirmed === claim.id);
  const approvedEditAccepted = useUiStore((s) => s.approvedEditAccepted);
  // An edit sends an approved claim back to review: say so, and let the fields be used only once the user agrees.
  const mustConfirm = locked === null && claim.review.state === 'approved' && !confirmed;
  return (
    <section aria-labelledby="claim-editor-heading" className="panel-section claim-editor" data-claim-id={claim.id}>
      <div className="section-head">
        <h2 id="claim-editor-heading">{t('editor.heading')}</h2>
        <SaveStatus claim={claim} />
      </div>
      <blockquote className="quote" dir={article.direction} lang={article.language}>
        {claim.quote.exact}
      </blockquote>
      <SaveError claim={claim} />
      <ConflictNotice claim={claim} />
      {locked && <p className="hint claim-locked">{t(locked === 'approved' ? 'editor.lockedApproved' : 'editor.lockedOthers')}</p>}
      {mustConfirm && (
        <div className="confirm edit-approved">
          <p id="edit-approved-warning">{t('editor.approvedWarning')}</p>
          <button type="button" id={EDIT_APPROVED_ID} aria-describedby="edit-approved-warning" onClick={() => approvedEditAccepted(claim.id)}>
            {t('editor.editApproved')}
          </button>
        </div>
      )}
      {/* A disabled fieldset disables every control in it: what the server would refuse cannot be started. */}
      <fieldset className="claim-fields" disabled={locked !== null || mustConfirm}>
        <SourceCombobox
          key={claim.id}
          id="claim-source"
          value={claim.sourceId}
          onChange={(sourceId) =>
            sourceId !== claim.sourceId && update.mutate({ articleId: claim.articleId, claimId: claim.id, changes: { sourceId } })
          }
        />
        <VerdictButtons value={claim.verdict} onChange={(verdict) => setVerdict(claim, verdict)} />
        {parts.review(claim)}
        <NoteField key={`note-${claim.id}`} claim={claim} />
        <EvidenceList key={`evidence-${claim.id}`} claim={claim} />
      </fieldset>
      {parts.decision(claim)}
      {parts.history(claim, article)}
      {deletable && (
        <div className="actions actions-end">
          <button type="button" className="danger" aria-keyshortcuts="Delete" onClick={() => deleteClaim(claim)}>
            {t('editor.delete')}
          </button>
        </div>
      )}
    </section>
  );
}
