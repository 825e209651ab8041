// Shows whether the claim's edits are saving, saved or failed; a failure carries the server's reason and a retry.
import { Trans, useTranslation } from 'react-i18next';
import type { Claim } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useUpdateClaim } from '../api/update-claim.ts';

export function SaveStatus({ claim }: { claim: Claim }) {
  const { t } = useTranslation(['claims', 'common']);
  const save = useUiStore((s) => s.saves[claim.id]);
  const status = !save ? 'idle' : save.pending > 0 ? 'saving' : save.error ? 'failed' : save.savedOnce ? 'saved' : 'idle';
  const text = {
    idle: '',
    saving: t('common:status.saving'),
    saved: t('common:status.saved'),
    failed: t('save.notSaved'),
  }[status];
  return (
    <span role="status" className={`save-status save-${status}`}>
      {text}
    </span>
  );
}

export function SaveError({ claim }: { claim: Claim }) {
  const { t } = useTranslation('claims');
  const errorText = useErrorText();
  const save = useUiStore((s) => s.saves[claim.id]);
  const conflict = useUiStore((s) => s.conflicts[claim.id]);
  const noteDraft = useUiStore((s) => s.noteDrafts[claim.id]);
  const update = useUpdateClaim();
  if (!save?.error || save.pending > 0 || conflict) return null;
  const retry = () => {
    const changes = { ...save.failedChanges, ...(noteDraft !== undefined ? { note: noteDraft } : {}) };
    update.mutate({ articleId: claim.articleId, claimId: claim.id, changes });
  };
  return (
    <div role="alert" className="save-error">
      <p>
        <Trans t={t} i18nKey="save.failed" values={{ reason: errorText(save.error) }} components={{ strong: <strong /> }} />
      </p>
      <button type="button" onClick={retry}>
        {t('save.retry')}
      </button>
    </div>
  );
}
