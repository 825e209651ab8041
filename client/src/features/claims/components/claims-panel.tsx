// The panel beside the text: the new-claim form or the selected claim's editor, above the filtered claim list.
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail, Claim, Source } from '../../../../../domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { SuggestionList } from '../../suggestions/components/suggestion-list.tsx';
import { ClaimEditor } from './claim-editor.tsx';
import { ClaimList } from './claim-list.tsx';
import { NewClaimForm } from './new-claim-form.tsx';
import { panelOpened } from '../panel-opener.ts';

interface ClaimsPanelProps {
  article: ArticleDetail;
  claims: readonly Claim[];
  visible: readonly Claim[];
  sources: readonly Source[];
  onPick: (claim: Claim) => void;
}

export function ClaimsPanel({ article, claims, visible, sources, onPick }: ClaimsPanelProps) {
  const { t } = useTranslation('claims');
  const activeClaimId = useUiStore((s) => s.activeClaimId);
  const draft = useUiStore((s) => s.draft);
  const active = claims.find((c) => c.id === activeClaimId);
  const opened = draft ? `draft:${draft.start}-${draft.end}` : (active?.id ?? null);
  // Before focus can move into the new form or editor: what had focus opened it.
  useLayoutEffect(() => {
    if (opened) panelOpened();
  }, [opened]);
  return (
    <aside className="panel" aria-label={t('panel.label')}>
      {draft || !active ? <NewClaimForm article={article} /> : <ClaimEditor claim={active} article={article} />}
      <SuggestionList article={article} sources={sources} />
      <ClaimList article={article} claims={visible} total={claims.length} sources={sources} onPick={onPick} />
    </aside>
  );
}
