// Under a paged list of claims: how many are shown of how many match, and the button that loads the next page
// (or says why it could not).
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../../domain/limits.ts';
import { useErrorText } from '../../../i18n/error-text.ts';

interface MoreClaimsProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  onMore: () => void;
}

export function MoreClaims({ shown, total, hasMore, loading, error, onMore }: MoreClaimsProps) {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  if (!hasMore && shown >= total) return null;
  return (
    <div className="more-claims">
      <p className="hint" role="status">
        {t('more.shown', { shown, total })}
      </p>
      {hasMore && (
        <button type="button" onClick={onMore} disabled={loading} aria-busy={loading}>
          {loading ? t('more.loading') : t('more.button', { next: Math.min(total - shown, LIMITS.claimsPage) })}
        </button>
      )}
      {error != null && (
        <p className="field-error" role="alert">
          {t('more.failed', { message: errorText(error) })}
        </p>
      )}
    </div>
  );
}
