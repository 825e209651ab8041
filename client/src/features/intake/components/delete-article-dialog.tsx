// Asks before deleting an article, naming it and the claims that go with it; after the delete a toast offers Undo.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import type { Article } from '../../../../../domain/schemas.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useDeleteArticle } from '../api/delete-article.ts';
import { refreshAfterRestore, restoreArticle } from '../api/restore-article.ts';
import { useModalDialog } from '../use-modal-dialog.ts';

const claimsPhrase = (n: number) => (n === 0 ? 'It has no claims.' : n === 1 ? 'Its 1 claim goes with it.' : `Its ${n} claims go with it.`);

export function DeleteArticleDialog({ article, claimCount, onClose }: { article: Article; claimCount: number; onClose: () => void }) {
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
        () => toastShown(`“${article.title}” is back`),
        (e: unknown) => toastShown(`The article was not restored: ${errorMessage(e)}`, 'error'),
      );
  };

  const confirm = () => {
    remove.mutateAsync(article.id).then(
      () => {
        ref.current?.close();
        navigate('/');
        const what = claimCount === 0 ? '' : claimCount === 1 ? ' and its claim' : ` and its ${claimCount} claims`;
        useUiStore.getState().toastShown(`Deleted “${article.title}”${what}`, 'info', { label: 'Undo', run: undo });
      },
      (e: unknown) => setError(`The article was not deleted: ${errorMessage(e)}`),
    );
  };

  return (
    <dialog ref={ref} className="confirm-dialog" aria-labelledby="delete-article-heading" onClose={onClose}>
      <h2 id="delete-article-heading">Delete this article?</h2>
      <p>
        <bdi dir="auto">“{article.title}”</bdi> will be deleted. {claimsPhrase(claimCount)} You can undo this for a few
        seconds.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions actions-end">
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={remove.isPending}>
          Delete article
        </button>
      </div>
    </dialog>
  );
}
