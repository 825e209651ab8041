// Under a paged list of claims: how many are shown of how many match, and the button that loads the next page
// (or says why it could not).
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../i18n/error-text.ts';
import type { ClaimPages } from '../api/get-claim-pages.ts';
import { nextPageSize, showsMoreClaims } from '../more-claims.ts';

interface MoreClaimsProps {
  /** The paged query of the list above. */
  pages: ClaimPages;
  /** How many claims the list shows. */
  shown: number;
  onMore: () => void;
}

export function MoreClaims({ pages, shown, onMore }: MoreClaimsProps) {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const total = pages.data?.pages[0]?.total ?? 0;
  if (!showsMoreClaims(total, shown, pages.hasNextPage)) return null;
  return (
    <div className="more-claims">
      <p className="hint" role="status">
        {t('more.shown', { shown, total })}
      </p>
      {pages.hasNextPage && (
        <button type="button" onClick={onMore} disabled={pages.isFetchingNextPage} aria-busy={pages.isFetchingNextPage}>
          {pages.isFetchingNextPage ? t('more.loading') : t('more.button', { next: nextPageSize(total, shown) })}
        </button>
      )}
      {pages.isFetchNextPageError && (
        <p className="field-error" role="alert">
          {t('more.failed', { message: errorText(pages.error) })}
        </p>
      )}
    </div>
  );
}
