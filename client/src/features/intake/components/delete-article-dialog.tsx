// Asks before deleting an article, naming it and the claims that go with it; after the delete a toast offers Undo.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Article } from '@domain/schemas.ts';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useDeleteArticle } from '../api/delete-article.ts';
import { refreshAfterRestore, restoreArticle } from '../api/restore-article.ts';
import { useModalDialog } from '../use-modal-dialog.ts';
import { isolate } from '@domain/bidi.ts';

export function DeleteArticleDialog({ article, claimCount, onClose }: { article: Article; claimCount: number; onClose: () => void }) {
  const { t } = useTranslation(['intake', 'common']);
  const errorText = useErrorText();
  const ref = useModalDialog();
  const remove = useDeleteArticle();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);

  const undo = () => {
    const { toastShown } = useUiStore.getState();
    restoreArticle(article.id)
      .then(() => refreshAfterRestore(queryClient))
      .then(
        () => toastShown(t('delete.restored', { title: isolate(article.title) })),
        (e: unknown) => toastShown(t('delete.notRestored', { message: errorText(e) }), 'error'),
      );
  };

  const confirm = () => {
    remove.mutateAsync(article.id).then(
      () => {
        ref.current?.close();
        navigate('/');
        const done =
          claimCount === 0
            ? t('delete.done', { title: isolate(article.title) })
            : t('delete.doneWithClaims', { title: isolate(article.title), count: claimCount });
        useUiStore.getState().toastShown(done, 'info', { label: t('common:actions.undo'), run: undo });
      },
      (e: unknown) => setError(t('delete.failed', { message: errorText(e) })),
    );
  };

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="delete-article-heading" onClose={onClose}>
      <h2 id="delete-article-heading">{t('delete.heading')}</h2>
      <p>
        <Trans
          t={t}
          i18nKey={claimCount === 0 ? 'delete.bodyNoClaims' : 'delete.body'}
          values={{ title: article.title }}
          count={claimCount}
          components={{ bdi: <bdi dir="auto" /> }}
        />
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions actions-end">
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          {t('common:actions.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={remove.isPending}>
          {t('delete.confirm')}
        </button>
      </div>
    </dialog>
  );
}
