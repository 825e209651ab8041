// The comment an editor writes when sending a claim back; required, and kept while the editor moves around.
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../../lib/ui-store.ts';
import { ReasonForm } from './reason-form.tsx';

export const returnCommentId = (claimId: string) => `return-comment-${claimId}`;

export function ReturnForm({ claimId, busy, onSend }: { claimId: string; busy: boolean; onSend: (comment: string) => void }) {
  const { t } = useTranslation('review');
  const comment = useUiStore((s) => (s.returnDraft?.claimId === claimId ? s.returnDraft.comment : ''));
  const returnCommentEdited = useUiStore((s) => s.returnCommentEdited);
  const returnDropped = useUiStore((s) => s.returnDropped);
  return (
    <ReasonForm
      id={returnCommentId(claimId)}
      className="return-form"
      value={comment}
      onChange={returnCommentEdited}
      words={{ label: t('return.label'), required: t('return.required'), hint: t('return.hint'), send: t('return.send') }}
      busy={busy}
      onSend={onSend}
      onCancel={returnDropped}
    />
  );
}
