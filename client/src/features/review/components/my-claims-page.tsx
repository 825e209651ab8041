// /mine ("My claims"): the signed-in person's claims, what editors sent back first, each with its comment.
import '../review.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ClaimsQuery } from '../../../../../domain/requests.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useArticles } from '../../articles/api/get-articles.ts';
import { claimsQueryOptions } from '../../claims/api/get-claims.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import { ClaimSummary } from './claim-summary.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

const MY_CLAIMS: ClaimsQuery = { userId: 'me', sort: 'returnedFirst' };

export function MyClaimsPage() {
  const { t } = useTranslation(['review', 'common']);
  useDocumentTitle(t('mine.heading'));
  const errorText = useErrorText();
  const claims = useQuery(claimsQueryOptions(MY_CLAIMS));
  const { data: sources = [] } = useSources();
  const { data: articles = [] } = useArticles();
  if (claims.isPending) return <StatusMessage>{t('mine.loading')}</StatusMessage>;
  if (claims.error) return <StatusMessage tone="error" title={t('mine.loadFailed')}>{errorText(claims.error)}</StatusMessage>;
  const returned = claims.data.filter((c) => c.review.state === 'returned').length;
  return (
    <main className="review-page">
      <div className="review-head">
        <h1>{t('mine.heading')}</h1>
        <p className="hint">
          {t('common:claimCount', { count: claims.data.length })}
          {returned > 0 && (
            <strong className="returned-count">
              {' · '}
              {t('mine.returned', { count: returned })}
            </strong>
          )}
        </p>
      </div>
      {claims.data.length === 0 ? (
        <StatusMessage title={t('mine.emptyTitle')}>{t('mine.empty')}</StatusMessage>
      ) : (
        <ol className="queue-list" aria-label={t('mine.label')}>
          {claims.data.map((claim) => (
            <li key={claim.id} className={`queue-row review-${claim.review.state}`} aria-labelledby={`mine-${claim.id}-quote`}>
              <ClaimSummary
                claim={claim}
                article={articles.find((a) => a.id === claim.articleId)}
                source={sources.find((s) => s.id === claim.sourceId)}
                headingId={`mine-${claim.id}-quote`}
              />
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
