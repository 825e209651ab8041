// The article page's own actions: edit its details, delete it (each in a dialog).
import { useState } from 'react';
import type { ArticleDetail } from '../../../../../domain/schemas.ts';
import { DeleteArticleDialog } from './delete-article-dialog.tsx';
import { EditArticleDialog } from './edit-article-dialog.tsx';

export function ArticleActions({ article, claimCount }: { article: ArticleDetail; claimCount: number }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="article-actions">
      <button type="button" className="quiet" onClick={() => setOpen('edit')}>
        Edit details
      </button>
      <button type="button" className="quiet" onClick={() => setOpen('delete')}>
        Delete article
      </button>
      {open === 'edit' && <EditArticleDialog article={article} claimCount={claimCount} onClose={close} />}
      {open === 'delete' && <DeleteArticleDialog article={article} claimCount={claimCount} onClose={close} />}
    </div>
  );
}
