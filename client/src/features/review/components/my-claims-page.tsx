// /mine ("My claims"): the signed-in person's claims, what editors sent back first, each with its comment.
import '../review.css';
import { useQuery } from '@tanstack/react-query';
import type { ClaimsQuery } from '../../../../../domain/requests.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useArticles } from '../../articles/api/get-articles.ts';
import { claimsQueryOptions } from '../../claims/api/get-claims.ts';
import { useSources } from '../../sources/api/get-sources.ts';
import { ClaimSummary } from './claim-summary.tsx';

const MY_CLAIMS: ClaimsQuery = { userId: 'me', sort: 'returnedFirst' };

export function MyClaimsPage() {
  const claims = useQuery(claimsQueryOptions(MY_CLAIMS));
  const { data: sources = [] } = useSources();
  const { data: articles = [] } = useArticles();
  if (claims.isPending) return <StatusMessage>Loading your claims…</StatusMessage>;
  if (claims.error) return <StatusMessage tone="error" title="Your claims could not be loaded">{claims.error.message}</StatusMessage>;
  const returned = claims.data.filter((c) => c.review.state === 'returned').length;
  return (
    <main className="review-page">
      <div className="review-head">
        <h1>My claims</h1>
        <p className="hint">
          {claims.data.length} {claims.data.length === 1 ? 'claim' : 'claims'}
          {returned > 0 && <strong className="returned-count"> · {returned} returned to you</strong>}
        </p>
      </div>
      {claims.data.length === 0 ? (
        <StatusMessage title="No claims yet">Claims you make in an article appear here with the editors’ decisions.</StatusMessage>
      ) : (
        <ol className="queue-list" aria-label="My claims, returned first">
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
