// The article page's own actions: edit its details, delete it (each in a dialog; Delete only for whom the policy allows).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleDetail } from '@domain/schemas.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { DeleteArticleDialog } from './delete-article-dialog.tsx';
import { EditArticleDialog } from './edit-article-dialog.tsx';

export function ArticleActions({ article, claimCount }: { article: ArticleDetail; claimCount: number }) {
  const { t } = useTranslation('intake');
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const can = useCan();
  const close = () => setOpen(null);
  return (
    <div className="article-actions">
      <button type="button" className="quiet" onClick={() => setOpen('edit')}>
        {t('actions.edit')}
      </button>
      {can('article.delete') && (
        <button type="button" className="quiet" onClick={() => setOpen('delete')}>
          {t('actions.delete')}
        </button>
      )}
      {open === 'edit' && <EditArticleDialog article={article} claimCount={claimCount} onClose={close} />}
      {open === 'delete' && <DeleteArticleDialog article={article} claimCount={claimCount} onClose={close} />}
    </div>
  );
}
