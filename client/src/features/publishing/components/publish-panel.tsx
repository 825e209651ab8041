// The article's public page in the workbench (issue 15): its status (not published, published vN with its link,
// withdrawn), and for editors Publish / Republish (with the correction note the server asks for when a verdict
// changed) and Withdraw with a reason.
import '../publishing.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LIMITS } from '@domain/limits.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { usePublication } from '../api/get-publication.ts';
import { usePublish } from '../api/publish.ts';
import { useWithdraw } from '../api/withdraw.ts';

export function PublishPanel({ articleId }: { articleId: string }) {
  const { t } = useTranslation('articles');
  const errorText = useErrorText();
  const canPublish = useCan()('article.publish');
  const status = usePublication(articleId);
  const publish = usePublish(articleId);
  const withdraw = useWithdraw(articleId);
  const [correction, setCorrection] = useState('');
  const [reason, setReason] = useState('');
  const [withdrawing, setWithdrawing] = useState(false);
  if (!status.data) return null;
  const { publication, url, blockers } = status.data;
  const needsCorrection = publish.error instanceof ApiError && publish.error.code === 'correction_required';
  const live = publication?.status === 'published';

  const submitPublish = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate(correction.trim() ? { correction: correction.trim() } : {}, { onSuccess: () => setCorrection('') });
  };
  const submitWithdraw = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate({ reason }, { onSuccess: () => (setWithdrawing(false), setReason('')) });
  };

  return (
    <section className="publish-panel" aria-labelledby="publish-heading" data-testid="publish-panel">
      <h2 id="publish-heading">{t('publishing.heading')}</h2>
      <p className="publish-status" role="status">
        {!publication ? t('publishing.unpublished') : live ? t('publishing.published', { version: publication.version }) : t('publishing.withdrawn')}
        {live && url && (
          <>
            {' '}
            <a href={url} target="_blank" rel="noopener noreferrer" dir="ltr">
              {t('publishing.open')}
            </a>
          </>
        )}
      </p>
      {!canPublish ? null : blockers.length > 0 ? (
        <p className="hint">
          {t('publishing.blocked')} <Link href="/settings">{t('publishing.settings')}</Link>
        </p>
      ) : (
        <>
          <form onSubmit={submitPublish} className="publish-form">
            {(needsCorrection || correction !== '') && (
              <>
                <label htmlFor="publish-correction">{t('publishing.correction')}</label>
                <textarea id="publish-correction" dir="auto" rows={2} maxLength={LIMITS.note} value={correction}
                  aria-describedby="publish-correction-help" onChange={(e) => setCorrection(e.target.value)} />
                <p id="publish-correction-help" className="hint">{t('publishing.correctionHelp')}</p>
              </>
            )}
            <button type="submit" className="primary" disabled={publish.isPending}>
              {publish.isPending ? t('publishing.publishing') : publication ? t('publishing.republish') : t('publishing.publish')}
            </button>
            {live && !withdrawing && (
              <button type="button" onClick={() => setWithdrawing(true)}>
                {t('publishing.withdraw')}
              </button>
            )}
          </form>
          {publish.isError && (
            <p className="field-error" role="alert">
              {errorText(publish.error)}
            </p>
          )}
          {withdrawing && (
            <form onSubmit={submitWithdraw} className="publish-form">
              <label htmlFor="withdraw-reason">{t('publishing.withdrawReason')}</label>
              <textarea id="withdraw-reason" dir="auto" rows={2} required maxLength={LIMITS.note} value={reason}
                onChange={(e) => setReason(e.target.value)} />
              <button type="submit" disabled={withdraw.isPending || reason.trim() === ''}>
                {t('publishing.confirmWithdraw')}
              </button>
              <button type="button" onClick={() => setWithdrawing(false)}>
                {t('publishing.cancel')}
              </button>
              {withdraw.isError && (
                <p className="field-error" role="alert">
                  {errorText(withdraw.error)}
                </p>
              )}
            </form>
          )}
        </>
      )}
    </section>
  );
}
