// The panel beside the text: the new-claim form or the selected claim's editor, above the filtered claim list. On a
// phone the panel follows the text, and the form or editor rises over the text as a sheet (styles/phone.css).
import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { claimNumbers } from '@domain/claim-overlaps.ts';
import type { ArticleDetail, Claim, Source } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { CLAIM_SHEET_ID } from '../../../lib/layout-ids.ts';
import { ClaimEditor, type ClaimEditorParts } from './claim-editor.tsx';
import { ClaimList } from './claim-list.tsx';
import { NewClaimForm } from './new-claim-form.tsx';
import { focusPanelOpener, panelOpened } from '../panel-opener.ts';

interface ClaimsPanelProps {
  article: ArticleDetail;
  claims: readonly Claim[];
  visible: readonly Claim[];
  sources: readonly Source[];
  onPick: (claim: Claim) => void;
  /** Shown between the sheet and the claim list: the app layer puts the article's statement suggestions here. */
  suggestions?: ReactNode;
  /** What other features show in the selected claim's editor (its review, its history). */
  editorParts: ClaimEditorParts;
}

export function ClaimsPanel({ article, claims, visible, sources, onPick, suggestions, editorParts }: ClaimsPanelProps) {
  const { t } = useTranslation(['claims', 'common']);
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const draft = useUiStore((s) => s.draft);
  const active = claims.find((c) => c.id === activeClaimId);
  const open = Boolean(draft || active);
  const close = () => {
    const ui = useUiStore.getState();
    ui.draftDiscarded();
    ui.claimSelected(null);
    document.getSelection()?.removeAllRanges();
    focusPanelOpener(null); // as Esc does: back to the sentence or claim that opened the sheet
  };
  const opened = draft ? `draft:${draft.start}-${draft.end}` : (active?.id ?? null);
  // Before focus can move into the new form or editor: what had focus opened it.
  useLayoutEffect(() => {
    if (opened) panelOpened();
  }, [opened]);
  return (
    <aside className="panel" aria-label={t('panel.label')}>
      <div id={CLAIM_SHEET_ID} className="claim-sheet" data-open={open || undefined}>
        {open && (
          <button type="button" className="icon-button sheet-close" aria-label={t('common:actions.close')} onClick={close}>
            ×
          </button>
        )}
        {draft || !active ? <NewClaimForm article={article} /> : <ClaimEditor claim={active} article={article} parts={editorParts} />}
      </div>
      {suggestions}
      <ClaimList article={article} claims={visible} total={claims.length} numbers={claimNumbers(claims)} sources={sources} onPick={onPick} />
    </aside>
  );
}
