// The span about to become a claim, with its preselected source and the Make claim button.
import { useIsMutating } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import type { ArticleDetail } from '@domain/schemas.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { SourceCombobox } from '../../../components/source-combobox.tsx';
import { claimKeys } from '../../../lib/queries/claim-keys.ts';
import { DRAFT_SOURCE_INPUT_ID, useMakeClaim } from '../use-make-claim.ts';

export function NewClaimForm({ article }: { article: ArticleDetail }) {
  const { t } = useTranslation(['claims', 'common']);
  const draft = useUiStore((s) => s.draft);
  const sourceId = useUiStore((s) => s.draftSourceId);
  const error = useUiStore((s) => s.draftError);
  const draftSourceChosen = useUiStore((s) => s.draftSourceChosen);
  const draftDiscarded = useUiStore((s) => s.draftDiscarded);
  const makeClaim = useMakeClaim(article);
  const creating = useIsMutating({ mutationKey: claimKeys.create() }) > 0;
  if (!draft) {
    return (
      <section className="panel-section new-claim-hint" aria-label={t('newClaim.hintLabel')}>
        <p>
          <Trans t={t} i18nKey="newClaim.hint" components={{ kbd: <kbd /> }} />
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="new-claim-heading" className="panel-section new-claim">
      <h2 id="new-claim-heading">{t('newClaim.heading')}</h2>
      <blockquote className="quote" dir={article.direction} lang={article.language}>
        {article.text.slice(draft.start, draft.end)}
      </blockquote>
      <SourceCombobox id={DRAFT_SOURCE_INPUT_ID} value={sourceId} onChange={draftSourceChosen} onCommit={makeClaim} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={makeClaim} disabled={creating}>
          {t('newClaim.make')}
        </button>
        <button
          type="button"
          onClick={() => {
            draftDiscarded();
            // A selection left on screen would turn the next drag into a drag-and-drop of the old text.
            document.getSelection()?.removeAllRanges();
          }}
        >
          {t('common:actions.cancel')}
        </button>
      </div>
    </section>
  );
}
