// /review (editors): the claims of the first verdict needing review (queue-params.ts) across articles by default, any
// filter kept in the URL, the desk's chart and counts, and a decision on each claim by mouse or keyboard.
import '../review.css';
import { useCallback, useEffect, useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Claim, Verdict } from '@domain/schemas.ts';
import { StatusMessage } from '../../../components/status-message.tsx';
import { useErrorText } from '../../../i18n/error-text.ts';
import { useUiStore } from '../../../lib/ui-store.ts';
import { useArticles } from '../../../lib/queries/get-articles.ts';
import { usePeople } from '../../../lib/queries/get-people.ts';
import { useCan } from '../../../lib/auth/use-can.ts';
import { useSources } from '../../../lib/queries/get-sources.ts';
import { useChangeVerdict } from '../api/change-verdict.ts';
import { useClaimPages } from '../api/get-claim-pages.ts';
import { useClaimsSummary } from '../api/get-claims-summary.ts';
import { useReviewClaim } from '../api/review-claim.ts';
import { useWithdrawApproval } from '../api/withdraw-approval.ts';
import { queryString } from '../queue-params.ts';
import { focusQueueRow, useQueueKeys } from '../use-queue-keys.ts';
import { useQueueParams } from '../use-queue-params.ts';
import { DeskChart } from './desk-chart.tsx';
import { MoreClaims } from './more-claims.tsx';
import { QueueCounts } from './queue-counts.tsx';
import { QueueFilters } from './queue-filters.tsx';
import { QueueSearch } from './queue-search.tsx';
import { QueueRow, queueRowId } from './queue-row.tsx';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';

export function ReviewPage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('queue.heading'));
  const canReview = useCan()('claim.review');
  if (!canReview) {
    return (
      <StatusMessage title={t('queue.editorsOnlyTitle')}>
        <Trans t={t} i18nKey="queue.editorsOnly" components={{ link: <Link href="/mine" /> }} />
      </StatusMessage>
    );
  }
  return <ReviewQueue />;
}

function ReviewQueue() {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const { params, query, filterChanged } = useQueueParams();
  const { verdict: _verdict, sourceId: _sourceId, ...chartQuery } = query;
  const { pages, claims: list } = useClaimPages(query);
  const summary = useClaimsSummary(query);
  const chart = useClaimsSummary(chartQuery);
  const { data: sources = [] } = useSources();
  const { data: articles = [] } = useArticles();
  const { data: people = [] } = usePeople();
  const activeId = useUiStore((s) => s.activeQueueClaimId);
  const review = useReviewClaim();
  const verdictChange = useChangeVerdict();
  const withdrawal = useWithdrawApproval();

  const active = list.find((c) => c.id === activeId) ?? list[0];
  const busyId = review.isPending
    ? review.variables.claim.id
    : verdictChange.isPending
      ? verdictChange.variables.claim.id
      : withdrawal.isPending
        ? withdrawal.variables.claim.id
        : null;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  // The first claim of a page just loaded becomes the active row once React has drawn it (it may already be drawn
  // when the load resolves, or only on the next render).
  const focusWhenShown = useRef<string | null>(null);
  useEffect(() => {
    const id = focusWhenShown.current;
    if (id && list.some((c) => c.id === id)) {
      focusWhenShown.current = null;
      focusQueueRow(id);
    }
  }, [list]);
  /** The next page, when there is one and none is on its way; its first claim becomes the active row. */
  const loadMore = useCallback(async (): Promise<void> => {
    if (!hasNextPage || isFetchingNextPage) return;
    const result = await fetchNextPage();
    const first = result.data?.pages.at(-1)?.claims[0];
    if (!first) return;
    if (document.getElementById(queueRowId(first.id))) focusQueueRow(first.id);
    else focusWhenShown.current = first.id;
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const nextAfter = useCallback(
    (claim: Claim) => {
      const next = list[list.indexOf(claim) + 1];
      if (next) focusQueueRow(next.id);
    },
    [list],
  );
  const approve = useCallback(
    (claim: Claim) => {
      if (claim.review.state === 'approved') return; // the key `a` on a row that is approved already
      review.mutate({ claim, decision: 'approve' }, { onSuccess: () => nextAfter(claim) });
    },
    [review, nextAfter],
  );
  const withdraw = useCallback(
    (claim: Claim, reason: string) => withdrawal.mutate({ claim, reason }, { onSuccess: () => focusQueueRow(claim.id) }),
    [withdrawal],
  );
  const sendBack = useCallback(
    (claim: Claim, comment: string) =>
      review.mutate(
        { claim, decision: 'return', comment },
        {
          onSuccess: () => {
            useUiStore.getState().returnDropped();
            nextAfter(claim);
          },
        },
      ),
    [review, nextAfter],
  );
  const changeVerdict = useCallback((claim: Claim, verdict: Verdict) => verdictChange.mutate({ claim, verdict }), [verdictChange]);
  useQueueKeys({ claims: list, active, approve, changeVerdict, loadMore });

  const exportQuery = queryString(query);
  return (
    <main className="review-page">
      <div className="review-head">
        <h1>{t('queue.heading')}</h1>
        <Link href={`/export?${exportQuery}`} className="export-link">
          {t('queue.export')}
        </Link>
      </div>
      <QueueSearch value={params.get('q') ?? ''} onSearch={(q) => filterChanged('q', q)} />
      <QueueFilters params={params} sources={sources} articles={articles} people={people} onChange={filterChanged} />
      <div className="desk">
        <QueueCounts summary={summary.data} />
        {chart.data && (
          <DeskChart
            rows={chart.data.bySource}
            sources={sources}
            activeSourceId={query.sourceId ?? null}
            onPick={(sourceId) => filterChanged('sourceId', sourceId ?? '')}
          />
        )}
      </div>
      {pages.isPending ? (
        <StatusMessage>{t('queue.loading')}</StatusMessage>
      ) : !pages.data ? (
        <StatusMessage tone="error" title={t('queue.loadFailed')}>
          {errorText(pages.error)}
        </StatusMessage>
      ) : list.length === 0 ? (
        <StatusMessage title={t('queue.emptyTitle')}>{t('queue.empty')}</StatusMessage>
      ) : (
        <>
          <ol className="queue-list" aria-label={t('queue.label')}>
            {list.map((claim) => (
              <QueueRow
                key={claim.id}
                claim={claim}
                article={articles.find((a) => a.id === claim.articleId)}
                source={sources.find((s) => s.id === claim.sourceId)}
                active={claim === active}
                busy={busyId === claim.id}
                onApprove={approve}
                onReturn={sendBack}
                onVerdict={changeVerdict}
                onWithdraw={withdraw}
              />
            ))}
          </ol>
          <MoreClaims pages={pages} shown={list.length} onMore={() => void loadMore()} />
        </>
      )}
    </main>
  );
}
