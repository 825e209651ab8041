// /mine ("My claims"): the signed-in person's claims, what editors sent back first, each with its comment.
import '../review.css';
import { useTranslation } from 'react-i18next';
import type { ClaimsQuery } from '@domain/requests.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useArticles } from '../../../lib/queries/get-articles.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import { useClaimPages } from '../api/get-claim-pages.ts';
import { useClaimsSummary } from '../api/get-claims-summary.ts';
import { ClaimSummary } from './claim-summary.tsx';
import { MoreClaims } from './more-claims.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

const MY_CLAIMS: ClaimsQuery = { userId: 'me', sort: 'returnedFirst' };

export function MyClaimsPage() {
  const { t } = useTranslation(['review', 'common']);
  useDocumentTitle(t('mine.heading'));
  const errorText = useErrorText();
  const { pages, claims } = useClaimPages(MY_CLAIMS);
  const summary = useClaimsSummary(MY_CLAIMS);
  const { data: sources = [] } = useSources();
  const { data: articles = [] } = useArticles();
  if (pages.isPending) return <StatusMessage>{t('mine.loading')}</StatusMessage>;
  if (!pages.data) return <StatusMessage tone="error" title={t('mine.loadFailed')}>{errorText(pages.error)}</StatusMessage>;
  // Counted over all of them, not only the pages loaded.
  const returned = summary.data?.byReview.returned ?? 0;
  return (
    <main className="review-page">
      <div className="review-head">
        <h1>{t('mine.heading')}</h1>
        <p className="hint">
          {t('common:claimCount', { count: pages.data.pages[0]?.total ?? 0 })}
          {returned > 0 && (
            <strong className="returned-count">
              {' · '}
              {t('mine.returned', { count: returned })}
            </strong>
          )}
        </p>
      </div>
      {claims.length === 0 ? (
        <StatusMessage title={t('mine.emptyTitle')}>{t('mine.empty')}</StatusMessage>
      ) : (
        <>
          <ol className="queue-list" aria-label={t('mine.label')}>
            {claims.map((claim) => (
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
          <MoreClaims pages={pages} shown={claims.length} onMore={() => void pages.fetchNextPage()} />
        </>
      )}
    </main>
  );
}
