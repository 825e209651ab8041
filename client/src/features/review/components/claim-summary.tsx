// One claim away from its article (queue and "My claims"): the quote in its own direction, source, article,
// verdict, note, evidence and review, with a link that opens it in the workbench.
import { Link } from 'wouter';
import type { ArticleSummary, Claim, Source } from '../../../../../domain/schemas.ts';
import { VERDICT_META } from '../../claims/verdicts.ts';
import { ReviewStatus } from './review-status.tsx';

interface ClaimSummaryProps {
  claim: Claim;
  article: ArticleSummary | undefined;
  source: Source | undefined;
  headingId: string;
}

export function claimHref(claim: Claim): string {
  return `/articles/${encodeURIComponent(claim.articleId)}?claim=${encodeURIComponent(claim.id)}`;
}

export function SourceName({ source, fallback }: { source: Source | undefined; fallback: string }) {
  if (!source) return <bdi>{fallback}</bdi>;
  const arabic = source.names.ar;
  return (
    <>
      <bdi>{source.name}</bdi>
      {arabic && arabic !== source.name && (
        <>
          {' '}
          <bdi lang="ar" dir="rtl" className="source-alt">
            {arabic}
          </bdi>
        </>
      )}
    </>
  );
}

export function ClaimSummary({ claim, article, source, headingId }: ClaimSummaryProps) {
  return (
    <>
      <p className="queue-quote" id={headingId} dir={article?.direction ?? 'auto'} lang={article?.language}>
        {claim.quote.exact}
      </p>
      <p className="queue-meta">
        <span className={`verdict-tag verdict-${claim.verdict}`}>{VERDICT_META[claim.verdict].label}</span>
        <span>
          <SourceName source={source} fallback={claim.sourceId} />
        </span>
        <span>
          in <bdi className="queue-article">{article?.title ?? claim.articleId}</bdi>
        </span>
        <Link href={claimHref(claim)}>Open in article</Link>
      </p>
      {claim.note && (
        <p className="queue-note" dir="auto">
          {claim.note}
        </p>
      )}
      {claim.evidence.length > 0 && (
        <ul className="queue-evidence" aria-label="Evidence">
          {claim.evidence.map((e, i) => (
            <li key={`${i}-${e.url}`}>
              <a href={e.url} target="_blank" rel="noreferrer noopener" dir="auto">
                {e.title || e.url}
              </a>
            </li>
          ))}
        </ul>
      )}
      <ReviewStatus claim={claim} />
    </>
  );
}
